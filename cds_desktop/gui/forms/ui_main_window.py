# Generated from ui/main_window.ui by tools/build_ui.py: do not edit, edit the .ui file and rebuild.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.central)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(8)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(12, 16, 12, 12)
        self.appTitle = QLabel(self.sidebar)
        self.appTitle.setObjectName(u"appTitle")

        self.sidebarLayout.addWidget(self.appTitle)

        self.appSubtitle = QLabel(self.sidebar)
        self.appSubtitle.setObjectName(u"appSubtitle")
        self.appSubtitle.setWordWrap(True)

        self.sidebarLayout.addWidget(self.appSubtitle)

        self.navigation = QListWidget(self.sidebar)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setUniformItemSizes(True)

        self.sidebarLayout.addWidget(self.navigation)

        self.currentBusiness = QLabel(self.sidebar)
        self.currentBusiness.setObjectName(u"currentBusiness")
        self.currentBusiness.setWordWrap(True)

        self.sidebarLayout.addWidget(self.currentBusiness)


        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"C\u0110S Desktop", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"C\u0110S Desktop", None))
        self.appSubtitle.setText(QCoreApplication.translate("MainWindow", u"Digital transformation self-assessment", None))

        __sortingEnabled = self.navigation.isSortingEnabled()
        self.navigation.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigation.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Businesses", None))
        ___qlistwidgetitem1 = self.navigation.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Assessment", None))
        ___qlistwidgetitem2 = self.navigation.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Results", None))
        ___qlistwidgetitem3 = self.navigation.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Roadmap", None))
        ___qlistwidgetitem4 = self.navigation.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Policies", None))
        ___qlistwidgetitem5 = self.navigation.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"Report", None))
        ___qlistwidgetitem6 = self.navigation.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.navigation.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.currentBusiness.setText("")
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Current view", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

