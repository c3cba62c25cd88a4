// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandparser.h"

#include "clitr.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QTextStream>

std::optional<int> CommandParser::parse(QCommandLineParser &parser, const QStringList &arguments,
                                        int maxPositional) {
    QTextStream err(stderr);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        err << CliTr::tr("Unexpected argument: %1")
                   .arg(parser.positionalArguments().at(maxPositional))
            << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}
