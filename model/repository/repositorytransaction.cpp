#include "repositorytransaction.h"

#include "repositorydatabase.h"

#include <sqlite3.h>

namespace amtsweg {

RepositoryTransaction::RepositoryTransaction(const RepositoryDatabase &db) : m_db(db)
{
    m_begin = m_db.exec("BEGIN IMMEDIATE");
    m_open = m_begin == SQLITE_OK;
}

RepositoryTransaction::~RepositoryTransaction()
{
    // A failed statement (SQLITE_FULL …) may already have rolled back the transaction.
    if (m_open && !sqlite3_get_autocommit(m_db.handle()))
        m_db.exec("ROLLBACK");
}

int RepositoryTransaction::commit()
{
    const int rc = m_db.exec("COMMIT");
    if (rc == SQLITE_OK)
        m_open = false;
    return rc;
}

} // namespace amtsweg
