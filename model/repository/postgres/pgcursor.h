#pragma once
// PgCursor: SqlStatement's PostgreSQL side. The repository's `?` and `?N` parameters become
// `$N`; integers go as int8, text as text, bytes as binary bytea. The statement runs with
// PQexecParams on the first next(); rows come back as text (bytea unescaped by blob()).

#include "pgconnection.h"
#include "repository/sqlstatement.h"

#include <QByteArray>
#include <vector>

namespace amtsweg {

class PgCursor final : public SqlCursor
{
public:
    PgCursor(const PgConnection &connection, const char *sql);

    /// `sql` with `?` / `?N` turned into `$N` (outside quoted strings and identifiers).
    static QByteArray numberedParameters(const char *sql);

    void bindInteger(int index, qint64 value) override;
    void bindText(int index, const QString &text) override;
    void bindBlob(int index, const QByteArray &bytes) override;
    void bindNull(int index) override;
    bool next() override;
    bool failed() const override { return m_failed; }
    void reset() override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    bool isNull(int column) const override;
    RepositoryError error(const QString &doing) const override;

private:
    struct Parameter
    {
        unsigned int type = 0; // 0: let the server infer it (NULL)
        QByteArray value;
        bool null = true;
        bool binary = false;
    };
    Parameter &parameter(int index);
    const char *value(int column) const;

    const PgConnection &m_connection;
    QByteArray m_sql;
    std::vector<Parameter> m_parameters;
    PgResult m_result;
    int m_row = -1;
    bool m_ran = false;
    bool m_failed = false;
};

} // namespace amtsweg
