# Generated from ui/settings.ui by tools/build_ui.py: do not edit, edit the .ui file and rebuild.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(900, 600)
        self.outerLayout = QVBoxLayout(SettingsForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SettingsForm)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.settingsContent = QWidget()
        self.settingsContent.setObjectName(u"settingsContent")
        self.contentLayout = QVBoxLayout(self.settingsContent)
        self.contentLayout.setSpacing(16)
        self.contentLayout.setObjectName(u"contentLayout")
        self.title = QLabel(self.settingsContent)
        self.title.setObjectName(u"title")

        self.contentLayout.addWidget(self.title)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(20)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(16)
        self.leftColumn.setObjectName(u"leftColumn")
        self.languageGroup = QGroupBox(self.settingsContent)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.leftColumn.addWidget(self.languageGroup)

        self.consultantGroup = QGroupBox(self.settingsContent)
        self.consultantGroup.setObjectName(u"consultantGroup")
        self.consultantLayout = QFormLayout(self.consultantGroup)
        self.consultantLayout.setObjectName(u"consultantLayout")
        self.consultantHint = QLabel(self.consultantGroup)
        self.consultantHint.setObjectName(u"consultantHint")
        self.consultantHint.setWordWrap(True)

        self.consultantLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.consultantHint)

        self.consultantNameLabel = QLabel(self.consultantGroup)
        self.consultantNameLabel.setObjectName(u"consultantNameLabel")

        self.consultantLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultantNameLabel)

        self.consultantNameEdit = QLineEdit(self.consultantGroup)
        self.consultantNameEdit.setObjectName(u"consultantNameEdit")

        self.consultantLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultantNameEdit)

        self.consultantOrganizationLabel = QLabel(self.consultantGroup)
        self.consultantOrganizationLabel.setObjectName(u"consultantOrganizationLabel")

        self.consultantLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consultantOrganizationLabel)

        self.consultantOrganizationEdit = QLineEdit(self.consultantGroup)
        self.consultantOrganizationEdit.setObjectName(u"consultantOrganizationEdit")

        self.consultantLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consultantOrganizationEdit)

        self.consultantPhoneLabel = QLabel(self.consultantGroup)
        self.consultantPhoneLabel.setObjectName(u"consultantPhoneLabel")

        self.consultantLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consultantPhoneLabel)

        self.consultantPhoneEdit = QLineEdit(self.consultantGroup)
        self.consultantPhoneEdit.setObjectName(u"consultantPhoneEdit")

        self.consultantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consultantPhoneEdit)


        self.leftColumn.addWidget(self.consultantGroup)

        self.dataGroup = QGroupBox(self.settingsContent)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QVBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataFolderHint = QLabel(self.dataGroup)
        self.dataFolderHint.setObjectName(u"dataFolderHint")
        self.dataFolderHint.setWordWrap(True)

        self.dataLayout.addWidget(self.dataFolderHint)

        self.dataFolderValue = QLabel(self.dataGroup)
        self.dataFolderValue.setObjectName(u"dataFolderValue")
        self.dataFolderValue.setWordWrap(True)
        self.dataFolderValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.dataLayout.addWidget(self.dataFolderValue)

        self.dataButtons = QHBoxLayout()
        self.dataButtons.setObjectName(u"dataButtons")
        self.openDataFolderButton = QPushButton(self.dataGroup)
        self.openDataFolderButton.setObjectName(u"openDataFolderButton")

        self.dataButtons.addWidget(self.openDataFolderButton)

        self.dataButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataButtons.addItem(self.dataButtonsSpacer)


        self.dataLayout.addLayout(self.dataButtons)


        self.leftColumn.addWidget(self.dataGroup)

        self.leftSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(16)
        self.rightColumn.setObjectName(u"rightColumn")
        self.backupsGroup = QGroupBox(self.settingsContent)
        self.backupsGroup.setObjectName(u"backupsGroup")
        self.backupsLayout = QVBoxLayout(self.backupsGroup)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsHint = QLabel(self.backupsGroup)
        self.backupsHint.setObjectName(u"backupsHint")
        self.backupsHint.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsHint)

        self.backupsTable = QTableWidget(self.backupsGroup)
        if (self.backupsTable.columnCount() < 3):
            self.backupsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.setTabKeyNavigation(False)
        self.backupsTable.horizontalHeader().setStretchLastSection(False)
        self.backupsTable.verticalHeader().setVisible(False)

        self.backupsLayout.addWidget(self.backupsTable)

        self.backupsEmpty = QLabel(self.backupsGroup)
        self.backupsEmpty.setObjectName(u"backupsEmpty")
        self.backupsEmpty.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsEmpty)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.restoreButton = QPushButton(self.backupsGroup)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupButtonsSpacer)


        self.backupsLayout.addLayout(self.backupButtons)


        self.rightColumn.addWidget(self.backupsGroup)

        self.aboutGroup = QGroupBox(self.settingsContent)
        self.aboutGroup.setObjectName(u"aboutGroup")
        self.aboutLayout = QFormLayout(self.aboutGroup)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.appVersionLabel = QLabel(self.aboutGroup)
        self.appVersionLabel.setObjectName(u"appVersionLabel")
        self.appVersionLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appVersionLabel)

        self.appVersionValue = QLabel(self.aboutGroup)
        self.appVersionValue.setObjectName(u"appVersionValue")
        self.appVersionValue.setWordWrap(True)
        self.appVersionValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appVersionValue)

        self.instrumentLabel = QLabel(self.aboutGroup)
        self.instrumentLabel.setObjectName(u"instrumentLabel")
        self.instrumentLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.instrumentLabel)

        self.instrumentValue = QLabel(self.aboutGroup)
        self.instrumentValue.setObjectName(u"instrumentValue")
        self.instrumentValue.setWordWrap(True)
        self.instrumentValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.instrumentValue)

        self.catalogLabel = QLabel(self.aboutGroup)
        self.catalogLabel.setObjectName(u"catalogLabel")
        self.catalogLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.catalogLabel)

        self.catalogValue = QLabel(self.aboutGroup)
        self.catalogValue.setObjectName(u"catalogValue")
        self.catalogValue.setWordWrap(True)
        self.catalogValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.catalogValue)

        self.runtimeLabel = QLabel(self.aboutGroup)
        self.runtimeLabel.setObjectName(u"runtimeLabel")
        self.runtimeLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.runtimeLabel)

        self.runtimeValue = QLabel(self.aboutGroup)
        self.runtimeValue.setObjectName(u"runtimeValue")
        self.runtimeValue.setWordWrap(True)
        self.runtimeValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.runtimeValue)

        self.licenceLabel = QLabel(self.aboutGroup)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.aboutLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.licenceValue = QLabel(self.aboutGroup)
        self.licenceValue.setObjectName(u"licenceValue")
        self.licenceValue.setWordWrap(True)
        self.licenceValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.aboutLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.licenceValue)


        self.rightColumn.addWidget(self.aboutGroup)

        self.rightSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.contentLayout.addLayout(self.columns)

        self.scrollArea.setWidget(self.settingsContent)

        self.outerLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.consultantNameLabel.setBuddy(self.consultantNameEdit)
        self.consultantOrganizationLabel.setBuddy(self.consultantOrganizationEdit)
        self.consultantPhoneLabel.setBuddy(self.consultantPhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.consultantNameEdit)
        QWidget.setTabOrder(self.consultantNameEdit, self.consultantOrganizationEdit)
        QWidget.setTabOrder(self.consultantOrganizationEdit, self.consultantPhoneEdit)
        QWidget.setTabOrder(self.consultantPhoneEdit, self.openDataFolderButton)
        QWidget.setTabOrder(self.openDataFolderButton, self.backupsTable)
        QWidget.setTabOrder(self.backupsTable, self.restoreButton)

        self.retranslateUi(SettingsForm)

        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.title.setText(QCoreApplication.translate("SettingsForm", u"Settings", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsForm", u"Language of the app", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Language of the app", None))
#endif // QT_CONFIG(accessibility)
        self.consultantGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Consultant profile", None))
        self.consultantHint.setText(QCoreApplication.translate("SettingsForm", u"Consultants: your name, organisation and phone are suggested as the assessor and printed on reports. Leave empty for self-assessment.", None))
        self.consultantNameLabel.setText(QCoreApplication.translate("SettingsForm", u"Name", None))
#if QT_CONFIG(accessibility)
        self.consultantNameEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consultant name", None))
#endif // QT_CONFIG(accessibility)
        self.consultantOrganizationLabel.setText(QCoreApplication.translate("SettingsForm", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.consultantOrganizationEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consultant organisation", None))
#endif // QT_CONFIG(accessibility)
        self.consultantPhoneLabel.setText(QCoreApplication.translate("SettingsForm", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.consultantPhoneEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Consultant phone", None))
#endif // QT_CONFIG(accessibility)
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Data", None))
        self.dataFolderHint.setText(QCoreApplication.translate("SettingsForm", u"Your businesses and assessments are stored on this computer only, in this folder:", None))
        self.dataFolderValue.setText("")
#if QT_CONFIG(accessibility)
        self.dataFolderValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.openDataFolderButton.setText(QCoreApplication.translate("SettingsForm", u"Open the data folder", None))
#if QT_CONFIG(accessibility)
        self.openDataFolderButton.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Open the data folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupsGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Backups", None))
        self.backupsHint.setText(QCoreApplication.translate("SettingsForm", u"A version of the data is kept every time it changes: the last 10, one per hour for the last day, one per day for the last month, and the one before every deletion, import, data upgrade or restore. Restoring brings back the businesses and assessments as they were then.", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsForm", u"Date and time", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsForm", u"Kind", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsForm", u"Size", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.backupsEmpty.setText(QCoreApplication.translate("SettingsForm", u"No backups yet: each time the data changes, the version before the change is kept here.", None))
        self.restoreButton.setText(QCoreApplication.translate("SettingsForm", u"Restore selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Restore the selected backup", None))
#endif // QT_CONFIG(accessibility)
        self.aboutGroup.setTitle(QCoreApplication.translate("SettingsForm", u"About C\u0110S Desktop", None))
        self.appVersionLabel.setText(QCoreApplication.translate("SettingsForm", u"App", None))
        self.appVersionValue.setText("")
#if QT_CONFIG(accessibility)
        self.appVersionValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"App version", None))
#endif // QT_CONFIG(accessibility)
        self.instrumentLabel.setText(QCoreApplication.translate("SettingsForm", u"Questionnaire", None))
        self.instrumentValue.setText("")
#if QT_CONFIG(accessibility)
        self.instrumentValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Questionnaire version", None))
#endif // QT_CONFIG(accessibility)
        self.catalogLabel.setText(QCoreApplication.translate("SettingsForm", u"Policy catalog", None))
        self.catalogValue.setText("")
#if QT_CONFIG(accessibility)
        self.catalogValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Policy catalog versions", None))
#endif // QT_CONFIG(accessibility)
        self.runtimeLabel.setText(QCoreApplication.translate("SettingsForm", u"Built with", None))
        self.runtimeValue.setText("")
#if QT_CONFIG(accessibility)
        self.runtimeValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Python and Qt versions", None))
#endif // QT_CONFIG(accessibility)
        self.licenceLabel.setText(QCoreApplication.translate("SettingsForm", u"Licence", None))
        self.licenceValue.setText("")
#if QT_CONFIG(accessibility)
        self.licenceValue.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Licence", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

