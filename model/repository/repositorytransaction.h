#pragma once
// RepositoryTransaction: a write transaction of either backend. It begins on construction
// (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN plus the repository's write lock), so reads inside
// see the newest data and the commit cannot fail with a stale snapshot; it rolls back on
// destruction unless commit() succeeded.

#include "repositoryresult.h"

namespace amtsweg {

class RepositoryBackend;

class RepositoryTransaction
{
public:
    enum Kind { Write, Snapshot };
    /// `Snapshot`: see RepositoryBackend::beginSnapshot().
    RepositoryTransaction(const RepositoryBackend &db, const QString &doing, Kind kind = Write);
    ~RepositoryTransaction();
    RepositoryTransaction(const RepositoryTransaction &) = delete;
    RepositoryTransaction &operator=(const RepositoryTransaction &) = delete;

    bool begun() const { return m_begin.status == RepositoryStatus::Ok; }
    /// Why the transaction could not begin (Busy after the lock timeout …).
    const RepositoryError &beginError() const { return m_begin; }
    /// Commits; Ok status on success. On failure the destructor rolls back.
    RepositoryError commit();

private:
    const RepositoryBackend &m_db;
    QString m_doing;
    RepositoryError m_begin;
    bool m_open = false;
};

} // namespace amtsweg
