// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("migration-workbench"));
    QApplication::setApplicationName(QStringLiteral("migration-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Migration Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MWB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.migrationworkbench.MigrationWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/migration-workbench.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("migration-workbench"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "See and repair Prisma Migrate migration histories."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the built-in demo workspace."));
    const QCommandLineOption urlOption(
        QStringLiteral("url"), QApplication::translate("main", "Database URL (Prisma form)."),
        QStringLiteral("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a PNG of the window once the history is shown, then quit."),
        QStringLiteral("file"));
    parser.addOptions({demoOption, urlOption, screenshotOption});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "A Prisma project folder."));
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto save = [&window, file] {
            // Let the layout settle before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &MainWindow::historyShown, &window, save);
        QObject::connect(&window, &MainWindow::errorShown, &window, save);
    }
    if (parser.isSet(demoOption)) {
        window.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        if (window.openWorkspace(parser.positionalArguments().constFirst()) &&
            parser.isSet(urlOption))
            window.connectDatabase(parser.value(urlOption));
    }
    return QApplication::exec();
}
