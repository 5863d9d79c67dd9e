#pragma once
// SqliteStatement: a prepared SQLite statement (RAII) with typed bind and column helpers.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace amtsweg {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    /// Prepares `sql` on `db`; check ok() (the SQLite code is in resultCode()).
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    int resultCode() const { return m_rc; }

    // Parameters are 1-based, as in SQLite.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &text);
    /// Binds UTF-8 text without a copy: `utf8` must stay alive until the statement is stepped
    /// or reset.
    SqliteStatement &bindUtf8(int index, QByteArrayView utf8);
    /// Binds bytes as a BLOB (copied by SQLite only when the statement outlives them: not here,
    /// the bytes must stay alive until the statement is stepped or reset).
    SqliteStatement &bindBlob(int index, const QByteArray &bytes);
    SqliteStatement &bindNull(int index);

    /// Steps once: true when a row is available. After false, resultCode() is SQLITE_DONE on
    /// success or the error.
    bool next();
    /// Steps to completion (for statements without rows); returns the SQLite code.
    int exec();
    void reset();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
};

} // namespace amtsweg
