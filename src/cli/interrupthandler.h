// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal on the main thread, so that `mwb` can cancel
/// a running operation cleanly (between statements, or the statement itself) instead of dying in
/// the middle of a migration. A second Ctrl+C ends the process at once.
class InterruptHandler : public QObject {
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
