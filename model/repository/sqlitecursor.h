#pragma once
// SqliteCursor: SqlStatement's SQLite side, a SqliteStatement whose failures the repository
// file's RepositoryDatabase turns into messages.

#include "sqlitestatement.h"
#include "sqlstatement.h"

namespace amtsweg {

class RepositoryDatabase;

class SqliteCursor final : public SqlCursor
{
public:
    SqliteCursor(const RepositoryDatabase &db, const char *sql);

    void bindInteger(int index, qint64 value) override { m_stmt.bind(index, value); }
    void bindText(int index, const QString &text) override { m_stmt.bind(index, text); }
    void bindBlob(int index, const QByteArray &bytes) override { m_stmt.bindBlob(index, bytes); }
    void bindNull(int index) override { m_stmt.bindNull(index); }
    bool next() override;
    bool failed() const override;
    void reset() override;
    qint64 integer(int column) const override { return m_stmt.integer(column); }
    double real(int column) const override { return m_stmt.real(column); }
    QString text(int column) const override { return m_stmt.text(column); }
    QByteArray blob(int column) const override { return m_stmt.blob(column); }
    bool isNull(int column) const override { return m_stmt.isNull(column); }
    RepositoryError error(const QString &doing) const override;

private:
    const RepositoryDatabase &m_db;
    SqliteStatement m_stmt;
    bool m_done = false;
};

} // namespace amtsweg
