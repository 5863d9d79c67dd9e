#pragma once
// RepositoryTransaction: BEGIN IMMEDIATE on construction (the write lock is taken at once, so
// reads inside see the newest data and the commit cannot fail with a stale snapshot), ROLLBACK
// on destruction unless commit() succeeded.

namespace amtsweg {

class RepositoryDatabase;

class RepositoryTransaction
{
public:
    explicit RepositoryTransaction(const RepositoryDatabase &db);
    ~RepositoryTransaction();
    RepositoryTransaction(const RepositoryTransaction &) = delete;
    RepositoryTransaction &operator=(const RepositoryTransaction &) = delete;

    /// SQLITE_OK when the transaction began (else SQLITE_BUSY after the busy timeout …).
    int beginResult() const { return m_begin; }
    /// Commits; returns the SQLite code. On failure the destructor rolls back.
    int commit();

private:
    const RepositoryDatabase &m_db;
    int m_begin = 0;
    bool m_open = false;
};

} // namespace amtsweg
