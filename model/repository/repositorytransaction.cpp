#include "repositorytransaction.h"

#include "repositorybackend.h"

namespace amtsweg {

RepositoryTransaction::RepositoryTransaction(const RepositoryBackend &db, const QString &doing,
                                             Kind kind)
    : m_db(db), m_doing(doing)
{
    m_begin = kind == Snapshot ? m_db.beginSnapshot(doing) : m_db.begin(doing);
    m_open = begun();
}

RepositoryTransaction::~RepositoryTransaction()
{
    if (m_open)
        m_db.rollback();
}

RepositoryError RepositoryTransaction::commit()
{
    RepositoryError e = m_db.commit(m_doing);
    if (e.status == RepositoryStatus::Ok)
        m_open = false;
    return e;
}

} // namespace amtsweg
