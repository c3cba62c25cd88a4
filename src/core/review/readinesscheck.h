// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// The outcome of a readiness check (`GET /health/ready` must answer 200).
struct ReadinessResult {
    QString url;
    bool ran = false;
    bool ready = false;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    qint64 elapsedMs = 0;
    QString message; ///< one line: "200 OK in 12 ms", "HTTP 503", "no answer within 5000 ms" …

    QJsonObject toJson() const;
    static ReadinessResult fromJson(const QJsonObject &object);
};

/// The optional post-deploy check: GET a URL with QNetworkAccessManager and expect HTTP 200 within
/// a timeout (redirects are followed, any other status is "not ready"). Blocking in a local event
/// loop: call it from the CLI or a worker thread, never from the GUI thread.
class ReadinessCheck {
public:
    static ReadinessResult run(const QString &url, int timeoutMs = 5000);
};

Q_DECLARE_METATYPE(ReadinessResult)
