# Generated from ui/business_form.ui by tools/build_ui.py: do not edit, edit the .ui file and rebuild.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'business_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BusinessForm(object):
    def setupUi(self, BusinessForm):
        if not BusinessForm.objectName():
            BusinessForm.setObjectName(u"BusinessForm")
        BusinessForm.resize(900, 640)
        self.outerLayout = QVBoxLayout(BusinessForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(BusinessForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.scroll = QScrollArea(BusinessForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.fields = QWidget()
        self.fields.setObjectName(u"fields")
        self.grid = QGridLayout(self.fields)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.fields)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"Name of the business *")
        self.nameLabel.setWordWrap(True)

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.fields)
        self.nameEdit.setObjectName(u"nameEdit")

        self.grid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.fields)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.grid.addWidget(self.nameError, 0, 2, 1, 1)

        self.taxCodeLabel = QLabel(self.fields)
        self.taxCodeLabel.setObjectName(u"taxCodeLabel")
        self.taxCodeLabel.setText(u"Tax code")
        self.taxCodeLabel.setWordWrap(True)

        self.grid.addWidget(self.taxCodeLabel, 1, 0, 1, 1)

        self.taxCodeEdit = QLineEdit(self.fields)
        self.taxCodeEdit.setObjectName(u"taxCodeEdit")
        self.taxCodeEdit.setPlaceholderText(u"3200123456")

        self.grid.addWidget(self.taxCodeEdit, 1, 1, 1, 1)

        self.taxCodeError = QLabel(self.fields)
        self.taxCodeError.setObjectName(u"taxCodeError")
        self.taxCodeError.setWordWrap(True)

        self.grid.addWidget(self.taxCodeError, 1, 2, 1, 1)

        self.entityTypeLabel = QLabel(self.fields)
        self.entityTypeLabel.setObjectName(u"entityTypeLabel")
        self.entityTypeLabel.setText(u"Type")
        self.entityTypeLabel.setWordWrap(True)

        self.grid.addWidget(self.entityTypeLabel, 2, 0, 1, 1)

        self.entityTypeCombo = QComboBox(self.fields)
        self.entityTypeCombo.setObjectName(u"entityTypeCombo")

        self.grid.addWidget(self.entityTypeCombo, 2, 1, 1, 1)

        self.sectorLabel = QLabel(self.fields)
        self.sectorLabel.setObjectName(u"sectorLabel")
        self.sectorLabel.setText(u"Sector")
        self.sectorLabel.setWordWrap(True)

        self.grid.addWidget(self.sectorLabel, 3, 0, 1, 1)

        self.sectorCombo = QComboBox(self.fields)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.grid.addWidget(self.sectorCombo, 3, 1, 1, 1)

        self.industryLabel = QLabel(self.fields)
        self.industryLabel.setObjectName(u"industryLabel")
        self.industryLabel.setText(u"Line of business")
        self.industryLabel.setWordWrap(True)

        self.grid.addWidget(self.industryLabel, 4, 0, 1, 1)

        self.industryEdit = QLineEdit(self.fields)
        self.industryEdit.setObjectName(u"industryEdit")

        self.grid.addWidget(self.industryEdit, 4, 1, 1, 1)

        self.producesGoodsCheck = QCheckBox(self.fields)
        self.producesGoodsCheck.setObjectName(u"producesGoodsCheck")

        self.grid.addWidget(self.producesGoodsCheck, 5, 1, 1, 1)

        self.sellsLabel = QLabel(self.fields)
        self.sellsLabel.setObjectName(u"sellsLabel")
        self.sellsLabel.setText(u"Sells directly to consumers")
        self.sellsLabel.setWordWrap(True)

        self.grid.addWidget(self.sellsLabel, 6, 0, 1, 1)

        self.sellsCombo = QComboBox(self.fields)
        self.sellsCombo.setObjectName(u"sellsCombo")

        self.grid.addWidget(self.sellsCombo, 6, 1, 1, 1)

        self.employeesLabel = QLabel(self.fields)
        self.employeesLabel.setObjectName(u"employeesLabel")
        self.employeesLabel.setText(u"Workers with social insurance")
        self.employeesLabel.setWordWrap(True)

        self.grid.addWidget(self.employeesLabel, 7, 0, 1, 1)

        self.employeesEdit = QLineEdit(self.fields)
        self.employeesEdit.setObjectName(u"employeesEdit")
        self.employeesEdit.setPlaceholderText(u"0")

        self.grid.addWidget(self.employeesEdit, 7, 1, 1, 1)

        self.employeesError = QLabel(self.fields)
        self.employeesError.setObjectName(u"employeesError")
        self.employeesError.setWordWrap(True)

        self.grid.addWidget(self.employeesError, 7, 2, 1, 1)

        self.revenueLabel = QLabel(self.fields)
        self.revenueLabel.setObjectName(u"revenueLabel")
        self.revenueLabel.setText(u"Annual revenue (VND)")
        self.revenueLabel.setWordWrap(True)

        self.grid.addWidget(self.revenueLabel, 8, 0, 1, 1)

        self.revenueEdit = QLineEdit(self.fields)
        self.revenueEdit.setObjectName(u"revenueEdit")
        self.revenueEdit.setPlaceholderText(u"1.500.000.000")

        self.grid.addWidget(self.revenueEdit, 8, 1, 1, 1)

        self.revenueError = QLabel(self.fields)
        self.revenueError.setObjectName(u"revenueError")
        self.revenueError.setWordWrap(True)

        self.grid.addWidget(self.revenueError, 8, 2, 1, 1)

        self.capitalLabel = QLabel(self.fields)
        self.capitalLabel.setObjectName(u"capitalLabel")
        self.capitalLabel.setText(u"Total capital (VND)")
        self.capitalLabel.setWordWrap(True)

        self.grid.addWidget(self.capitalLabel, 9, 0, 1, 1)

        self.capitalEdit = QLineEdit(self.fields)
        self.capitalEdit.setObjectName(u"capitalEdit")
        self.capitalEdit.setPlaceholderText(u"500.000.000")

        self.grid.addWidget(self.capitalEdit, 9, 1, 1, 1)

        self.capitalError = QLabel(self.fields)
        self.capitalError.setObjectName(u"capitalError")
        self.capitalError.setWordWrap(True)

        self.grid.addWidget(self.capitalError, 9, 2, 1, 1)

        self.sizeClassLabel = QLabel(self.fields)
        self.sizeClassLabel.setObjectName(u"sizeClassLabel")
        self.sizeClassLabel.setText(u"Size class")
        self.sizeClassLabel.setWordWrap(True)

        self.grid.addWidget(self.sizeClassLabel, 10, 0, 1, 1)

        self.sizeClassValue = QLabel(self.fields)
        self.sizeClassValue.setObjectName(u"sizeClassValue")
        self.sizeClassValue.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.grid.addWidget(self.sizeClassValue, 10, 1, 1, 1)

        self.provinceLabel = QLabel(self.fields)
        self.provinceLabel.setObjectName(u"provinceLabel")
        self.provinceLabel.setText(u"Province")
        self.provinceLabel.setWordWrap(True)

        self.grid.addWidget(self.provinceLabel, 11, 0, 1, 1)

        self.provinceCombo = QComboBox(self.fields)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setEditable(True)
        self.provinceCombo.setInsertPolicy(QComboBox.NoInsert)

        self.grid.addWidget(self.provinceCombo, 11, 1, 1, 1)

        self.provinceError = QLabel(self.fields)
        self.provinceError.setObjectName(u"provinceError")
        self.provinceError.setWordWrap(True)

        self.grid.addWidget(self.provinceError, 11, 2, 1, 1)

        self.communeLabel = QLabel(self.fields)
        self.communeLabel.setObjectName(u"communeLabel")
        self.communeLabel.setText(u"Commune or ward")
        self.communeLabel.setWordWrap(True)

        self.grid.addWidget(self.communeLabel, 12, 0, 1, 1)

        self.communeEdit = QLineEdit(self.fields)
        self.communeEdit.setObjectName(u"communeEdit")

        self.grid.addWidget(self.communeEdit, 12, 1, 1, 1)

        self.communeError = QLabel(self.fields)
        self.communeError.setObjectName(u"communeError")
        self.communeError.setWordWrap(True)

        self.grid.addWidget(self.communeError, 12, 2, 1, 1)

        self.placeNote = QLabel(self.fields)
        self.placeNote.setObjectName(u"placeNote")
        self.placeNote.setWordWrap(True)

        self.grid.addWidget(self.placeNote, 13, 2, 3, 1)

        self.addressLabel = QLabel(self.fields)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setText(u"Address")
        self.addressLabel.setWordWrap(True)

        self.grid.addWidget(self.addressLabel, 13, 0, 1, 1)

        self.addressEdit = QLineEdit(self.fields)
        self.addressEdit.setObjectName(u"addressEdit")

        self.grid.addWidget(self.addressEdit, 13, 1, 1, 1)

        self.contactNameLabel = QLabel(self.fields)
        self.contactNameLabel.setObjectName(u"contactNameLabel")
        self.contactNameLabel.setText(u"Contact person")
        self.contactNameLabel.setWordWrap(True)

        self.grid.addWidget(self.contactNameLabel, 14, 0, 1, 1)

        self.contactNameEdit = QLineEdit(self.fields)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.grid.addWidget(self.contactNameEdit, 14, 1, 1, 1)

        self.phoneLabel = QLabel(self.fields)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setText(u"Phone")
        self.phoneLabel.setWordWrap(True)

        self.grid.addWidget(self.phoneLabel, 15, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.fields)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.grid.addWidget(self.phoneEdit, 15, 1, 1, 1)

        self.emailLabel = QLabel(self.fields)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setText(u"Email")
        self.emailLabel.setWordWrap(True)

        self.grid.addWidget(self.emailLabel, 16, 0, 1, 1)

        self.emailEdit = QLineEdit(self.fields)
        self.emailEdit.setObjectName(u"emailEdit")

        self.grid.addWidget(self.emailEdit, 16, 1, 1, 1)

        self.emailError = QLabel(self.fields)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.grid.addWidget(self.emailError, 16, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 17, 1, 1, 1)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
        self.scroll.setWidget(self.fields)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.taxCodeLabel.setBuddy(self.taxCodeEdit)
        self.entityTypeLabel.setBuddy(self.entityTypeCombo)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.industryLabel.setBuddy(self.industryEdit)
        self.sellsLabel.setBuddy(self.sellsCombo)
        self.employeesLabel.setBuddy(self.employeesEdit)
        self.revenueLabel.setBuddy(self.revenueEdit)
        self.capitalLabel.setBuddy(self.capitalEdit)
        self.sizeClassLabel.setBuddy(self.sizeClassValue)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.communeLabel.setBuddy(self.communeEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.taxCodeEdit)
        QWidget.setTabOrder(self.taxCodeEdit, self.entityTypeCombo)
        QWidget.setTabOrder(self.entityTypeCombo, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.industryEdit)
        QWidget.setTabOrder(self.industryEdit, self.producesGoodsCheck)
        QWidget.setTabOrder(self.producesGoodsCheck, self.sellsCombo)
        QWidget.setTabOrder(self.sellsCombo, self.employeesEdit)
        QWidget.setTabOrder(self.employeesEdit, self.revenueEdit)
        QWidget.setTabOrder(self.revenueEdit, self.capitalEdit)
        QWidget.setTabOrder(self.capitalEdit, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.communeEdit)
        QWidget.setTabOrder(self.communeEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)

        self.retranslateUi(BusinessForm)

        QMetaObject.connectSlotsByName(BusinessForm)
    # setupUi

    def retranslateUi(self, BusinessForm):
        self.intro.setText(QCoreApplication.translate("BusinessForm", u"Fields marked * are required. The size class follows Decree 80/2021/ND-CP, Article 5.", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Name of the business", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.taxCodeEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Tax code", None))
#endif // QT_CONFIG(accessibility)
        self.taxCodeError.setText("")
#if QT_CONFIG(accessibility)
        self.taxCodeError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the tax code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entityTypeCombo.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Type of business", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectorCombo.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Sector", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.industryEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Line of business", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.producesGoodsCheck.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Produces or processes goods", None))
#endif // QT_CONFIG(accessibility)
        self.producesGoodsCheck.setText(QCoreApplication.translate("BusinessForm", u"Produces or processes goods (production questions apply)", None))
#if QT_CONFIG(accessibility)
        self.sellsCombo.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Sells directly to consumers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sellsCombo.setToolTip(QCoreApplication.translate("BusinessForm", u"Retail, food and drink, accommodation, passenger transport: e-invoices from a cash register may be required", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.employeesEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Workers with social insurance", None))
#endif // QT_CONFIG(accessibility)
        self.employeesError.setText("")
#if QT_CONFIG(accessibility)
        self.employeesError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the number of workers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.revenueEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Annual revenue in VND", None))
#endif // QT_CONFIG(accessibility)
        self.revenueError.setText("")
#if QT_CONFIG(accessibility)
        self.revenueError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the revenue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.capitalEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Total capital in VND", None))
#endif // QT_CONFIG(accessibility)
        self.capitalError.setText("")
#if QT_CONFIG(accessibility)
        self.capitalError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the capital", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sizeClassValue.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Size class", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.provinceCombo.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Province", None))
#endif // QT_CONFIG(accessibility)
        self.provinceError.setText("")
#if QT_CONFIG(accessibility)
        self.provinceError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the province", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.communeEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Commune or ward", None))
#endif // QT_CONFIG(accessibility)
        self.communeEdit.setPlaceholderText(QCoreApplication.translate("BusinessForm", u"Type to search the 78 communes (old names too)", None))
        self.communeError.setText("")
#if QT_CONFIG(accessibility)
        self.communeError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the commune", None))
#endif // QT_CONFIG(accessibility)
        self.placeNote.setText("")
#if QT_CONFIG(accessibility)
        self.placeNote.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Note on the province and commune", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactNameEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("BusinessForm", u"Problem with the e-mail address", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

