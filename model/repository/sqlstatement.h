#pragma once
// SqlStatement: a prepared statement of either repository backend (SQLite file or PostgreSQL
// server), as the backend-neutral repository code sees it. Parameters are 1-based and written
// `?` or `?N` in the SQL; the PostgreSQL backend turns them into `$N`. A failure stays in the
// statement until reset(); error() turns it into a message for the user.

#include "repositoryresult.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace amtsweg {

/// The backend's side of a statement (SqliteCursor, PgCursor).
class SqlCursor
{
public:
    virtual ~SqlCursor() = default;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindText(int index, const QString &text) = 0;
    /// The bytes must stay alive until the statement ran (SQLite does not copy them).
    virtual void bindBlob(int index, const QByteArray &bytes) = 0;
    virtual void bindNull(int index) = 0;
    /// Runs the statement on the first call after binding, then steps: true when a row is
    /// available; false at the end or on failure (see failed()).
    virtual bool next() = 0;
    virtual bool failed() const = 0;
    /// Ready to bind every parameter again and run again.
    virtual void reset() = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    /// The failure as a status and a complete message; `doing` says what failed.
    virtual RepositoryError error(const QString &doing) const = 0;
};

class SqlStatement
{
public:
    explicit SqlStatement(std::unique_ptr<SqlCursor> cursor) : m_cursor(std::move(cursor)) {}

    SqlStatement &bind(int index, qint64 value)
    {
        m_cursor->bindInteger(index, value);
        return *this;
    }
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, const QString &text)
    {
        m_cursor->bindText(index, text);
        return *this;
    }
    SqlStatement &bindBlob(int index, const QByteArray &bytes)
    {
        m_cursor->bindBlob(index, bytes);
        return *this;
    }
    SqlStatement &bindNull(int index)
    {
        m_cursor->bindNull(index);
        return *this;
    }

    bool next() { return m_cursor->next(); }
    /// Runs a statement to its end (its rows are skipped); true when it succeeded.
    bool exec()
    {
        while (m_cursor->next()) {
        }
        return !m_cursor->failed();
    }
    bool failed() const { return m_cursor->failed(); }
    void reset() { m_cursor->reset(); }

    qint64 integer(int column) const { return m_cursor->integer(column); }
    double real(int column) const { return m_cursor->real(column); }
    QString text(int column) const { return m_cursor->text(column); }
    QByteArray blob(int column) const { return m_cursor->blob(column); }
    bool isNull(int column) const { return m_cursor->isNull(column); }
    RepositoryError error(const QString &doing) const { return m_cursor->error(doing); }

private:
    std::unique_ptr<SqlCursor> m_cursor;
};

} // namespace amtsweg
