#include "repositorypassword.h"

#include <QHash>
#include <QInputDialog>
#include <QLineEdit>

namespace amtsweg {
namespace {

/// user@host:port/db -> password, for this process only.
QHash<QString, QString> &remembered()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

void wipe(QString &secret)
{
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}

} // namespace

RepositoryPassword::RepositoryPassword(QWidget *parent) : m_parent(parent) {}

RepositoryPassword::~RepositoryPassword()
{
    wipe(m_typed);
}

std::function<QString(const QString &)> RepositoryPassword::callback()
{
    return [this](const QString &who) { return ask(who); };
}

QString RepositoryPassword::ask(const QString &who)
{
    m_who = who;
    if (const auto known = remembered().constFind(who); known != remembered().constEnd()) {
        m_fromMemory = true;
        return *known;
    }
    m_fromMemory = false;
    QInputDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("repositoryPasswordDialog"));
    dialog.setWindowTitle(tr("Repository Password"));
    dialog.setLabelText(tr("Password for %1:").arg(who));
    dialog.setTextEchoMode(QLineEdit::Password);
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_typed = ok ? dialog.textValue() : QString();
    QString answer = m_typed;
    dialog.setTextValue(QString());
    return answer;
}

void RepositoryPassword::finished(bool opened)
{
    if (m_who.isEmpty())
        return;
    if (opened && !m_fromMemory && !m_typed.isEmpty())
        remembered().insert(m_who, m_typed);
    else if (!opened && m_fromMemory)
        remembered().remove(m_who);
    wipe(m_typed);
}

void RepositoryPassword::forgetAll()
{
    for (QString &password : remembered())
        wipe(password);
    remembered().clear();
}

} // namespace amtsweg
