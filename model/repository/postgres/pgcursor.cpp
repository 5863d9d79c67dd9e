#include "pgcursor.h"

#include <libpq-fe.h>

namespace amtsweg {
namespace {

// Type OIDs of pg_type (fixed in every PostgreSQL).
constexpr unsigned int kInt8 = 20;
constexpr unsigned int kText = 25;
constexpr unsigned int kBytea = 17;

} // namespace

PgCursor::PgCursor(const PgConnection &connection, const char *sql)
    : m_connection(connection), m_sql(numberedParameters(sql))
{
}

QByteArray PgCursor::numberedParameters(const char *sql)
{
    QByteArray out;
    int next = 1;
    char quote = 0;
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        int number = 0;
        while (p[1] >= '0' && p[1] <= '9')
            number = number * 10 + (*++p - '0');
        out += '$' + QByteArray::number(number > 0 ? number : next);
        next = (number > 0 ? number : next) + 1;
    }
    return out;
}

PgCursor::Parameter &PgCursor::parameter(int index)
{
    if (m_parameters.size() < std::size_t(index))
        m_parameters.resize(std::size_t(index));
    return m_parameters[std::size_t(index - 1)];
}

void PgCursor::bindInteger(int index, qint64 value)
{
    parameter(index) = {kInt8, QByteArray::number(value), false, false};
}

void PgCursor::bindText(int index, const QString &text)
{
    parameter(index) = {kText, text.toUtf8(), false, false};
}

void PgCursor::bindBlob(int index, const QByteArray &bytes)
{
    parameter(index) = {kBytea, bytes, false, true};
}

void PgCursor::bindNull(int index)
{
    parameter(index) = {};
}

bool PgCursor::next()
{
    if (!m_ran) {
        m_ran = true;
        const int n = int(m_parameters.size());
        std::vector<unsigned int> types(m_parameters.size());
        std::vector<const char *> values(m_parameters.size());
        std::vector<int> lengths(m_parameters.size()), formats(m_parameters.size());
        for (int i = 0; i < n; ++i) {
            const Parameter &p = m_parameters[std::size_t(i)];
            types[std::size_t(i)] = p.type;
            values[std::size_t(i)] = p.null ? nullptr : p.value.constData();
            lengths[std::size_t(i)] = int(p.value.size());
            formats[std::size_t(i)] = p.binary ? 1 : 0;
        }
        m_result = m_connection.run([&] {
            return PQexecParams(m_connection.handle(), m_sql.constData(), n, types.data(),
                                values.data(), lengths.data(), formats.data(), 0);
        });
        const ExecStatusType status = PQresultStatus(m_result.get());
        m_failed = status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK;
        m_row = -1;
    }
    if (m_failed || PQresultStatus(m_result.get()) != PGRES_TUPLES_OK)
        return false;
    if (m_row + 1 >= PQntuples(m_result.get())) {
        m_row = PQntuples(m_result.get());
        return false;
    }
    ++m_row;
    return true;
}

void PgCursor::reset()
{
    m_ran = false;
    m_failed = false;
    m_row = -1;
    m_result.reset();
}

const char *PgCursor::value(int column) const
{
    return PQgetvalue(m_result.get(), m_row, column);
}

qint64 PgCursor::integer(int column) const
{
    return QByteArray(value(column)).toLongLong();
}

double PgCursor::real(int column) const
{
    return QByteArray(value(column)).toDouble();
}

QString PgCursor::text(int column) const
{
    return QString::fromUtf8(value(column), PQgetlength(m_result.get(), m_row, column));
}

QByteArray PgCursor::blob(int column) const
{
    if (PQftype(m_result.get(), column) != kBytea)
        return QByteArray(value(column), PQgetlength(m_result.get(), m_row, column));
    size_t length = 0;
    unsigned char *bytes =
        PQunescapeBytea(reinterpret_cast<const unsigned char *>(value(column)), &length);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

bool PgCursor::isNull(int column) const
{
    return PQgetisnull(m_result.get(), m_row, column) != 0;
}

RepositoryError PgCursor::error(const QString &doing) const
{
    return m_connection.error(m_result.get(), doing);
}

} // namespace amtsweg
