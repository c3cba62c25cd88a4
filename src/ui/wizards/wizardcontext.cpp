// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardcontext.h"

#include <QFileInfo>

QString WizardContext::provider() const {
    return history.provider.isEmpty() ? diff.provider() : history.provider;
}

OperationRequest WizardContext::operation(OperationRequest::Kind kind) const {
    OperationRequest r;
    r.kind = kind;
    r.migrationsDir = migrationsDir;
    r.journalPath = journalPath;
    r.environment = environmentKey(environment);
    r.connectionLabel = connectionLabel;
    return r;
}

QString WizardContext::confirmationWord(const ConnectionSpec &spec) {
    return spec.driver == ConnectionSpec::Driver::Sqlite ? QFileInfo(spec.database).fileName()
                                                         : spec.database;
}

void WizardContext::wipe() {
    diff.wipe();
}
