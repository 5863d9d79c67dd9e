#include "sqlitecursor.h"

#include "repositorydatabase.h"

#include <sqlite3.h>

namespace amtsweg {

SqliteCursor::SqliteCursor(const RepositoryDatabase &db, const char *sql)
    : m_db(db), m_stmt(db.prepare(sql))
{
}

bool SqliteCursor::next()
{
    if (!m_stmt.ok() || m_done)
        return false;
    if (m_stmt.next())
        return true;
    m_done = true;
    return false;
}

bool SqliteCursor::failed() const
{
    const int rc = m_stmt.resultCode();
    return !m_stmt.ok() || (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE);
}

void SqliteCursor::reset()
{
    m_done = false;
    if (m_stmt.ok())
        m_stmt.reset();
}

RepositoryError SqliteCursor::error(const QString &doing) const
{
    return m_db.error(m_stmt.resultCode(), doing);
}

} // namespace amtsweg
