// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardcontext.h"

#include "schema/diffjob.h"

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

DiffJob *WizardContext::readLiveSchema(QObject *owner,
                                       std::function<void(const DiffOutcome &)> done) const {
    DiffRequest request;
    request.from = diff.databaseSource();
    request.renderScript = false;
    auto *job = new DiffJob(request, owner);
    DiffContext::wipe(request);
    QObject::connect(job, &DiffJob::finished, owner,
                     [job, done = std::move(done)](const DiffOutcome &outcome) {
                         job->deleteLater();
                         done(outcome);
                     });
    job->start();
    return job;
}
