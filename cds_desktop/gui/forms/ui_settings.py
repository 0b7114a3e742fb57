# Generated from ui/settings.ui by tools/build_ui.py: do not edit, edit the .ui file and rebuild.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(900, 600)
        self.outerLayout = QVBoxLayout(SettingsForm)
        self.outerLayout.setSpacing(16)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(SettingsForm)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.languageGroup = QGroupBox(SettingsForm)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.outerLayout.addWidget(self.languageGroup)

        self.consultantGroup = QGroupBox(SettingsForm)
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


        self.outerLayout.addWidget(self.consultantGroup)

        self.dataGroup = QGroupBox(SettingsForm)
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


        self.outerLayout.addWidget(self.dataGroup)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

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
        pass
    # retranslateUi

