// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

// Long work (a preview of a thousand assistants, the texts of ten thousand) on a thread of its own, so the
// window keeps answering. `work` runs there and must only touch what it captured by value; `done` runs in
// `receiver`'s thread afterwards, and not at all when the receiver is gone by then.
namespace Background {

template<typename Result>
void run(QObject *receiver, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QObject::connect(thread, &QThread::finished, receiver, [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Background
