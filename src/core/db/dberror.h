// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

/// An error from a database or from our own checks, as a value that can cross threads.
struct DbError {
    QString message; ///< human text, already specific (what failed and why)
    QString
        nativeCode;    ///< the database's own code (SQLSTATE, MySQL errno, SQLite code) or a P-code
    QString statement; ///< the statement that failed, when there is one
    QString driverText{}; ///< the driver's own words, untranslated (for classifying the error)

    bool isError() const { return !message.isEmpty(); }
    static DbError fromMessage(const QString &message, const QString &code = {}) {
        return DbError{message, code, {}};
    }
};

Q_DECLARE_METATYPE(DbError)
