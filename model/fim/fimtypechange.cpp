#include "fim/fimtypechange.h"

#include "fim/fimcodes.h"

#include <QCoreApplication>

namespace amtsweg::fim {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("amtsweg::fim", text);
}

bool isBlank(const Datenbezug &d)
{
    return d.isEmpty() && d.schema.isEmpty() && d.partner.isEmpty()
           && d.uebermittlungsart.isEmpty();
}

/// "Anzeige (D99006028261000)", "D99006028261000", with " from/to <partner>".
QString describe(const Datenbezug &d, bool received)
{
    QString what = !d.text.isEmpty() ? d.text : !d.formular.isEmpty() ? d.formular : d.schema;
    if (!d.text.isEmpty() && !d.formular.isEmpty())
        what += QStringLiteral(" (%1)").arg(d.formular);
    if (!d.partner.isEmpty()) {
        const QString partner = received ? tr("from %1") : tr("to %1");
        what = what.isEmpty() ? partner.arg(d.partner)
                              : QStringLiteral("%1 %2").arg(what, partner.arg(d.partner));
    }
    return what;
}

/// Moves received (or provided) data into the new block when it fits; lists it otherwise.
void moveData(const std::vector<Datenbezug> &from, std::vector<Datenbezug> &to, bool fits,
              bool received, QStringList &dropped)
{
    for (const Datenbezug &d : from) {
        if (fits)
            to.push_back(d);
        else if (!isBlank(d))
            dropped << (received ? tr("Received data: %1") : tr("Provided data: %1"))
                           .arg(describe(d, received));
    }
}

/// Keeps a single value: the first non-empty one; a later, different one is dropped.
void keepFirst(QString &kept, const QString &value, bool fits, const QString &item,
               QStringList &dropped)
{
    if (value.isEmpty() || value == kept)
        return;
    if (fits && kept.isEmpty())
        kept = value;
    else
        dropped << item;
}

} // namespace

bool typeReceivesData(int typ) { return typ == 1 || typ == 7; }
bool typeProvidesData(int typ) { return typ == 2 || typ == 7; }
bool typeHasPruefarten(int typ) { return typ == 3; }
bool typeHasHilfsmittel(int typ) { return typ == 4 || typ == 5; }
bool typeHasEntscheidungsart(int typ) { return typ == 5; }
bool typeHasBearbeitungsart(int typ) { return typ == 6; }
bool typeHasBeteiligung(int typ) { return typ == 7; }
bool typeHasBeschreibung(int typ) { return typ == 8; }

int ragTypeNumber(const QString &code)
{
    bool ok = false;
    const int n = code.trimmed().toInt(&ok);
    return ok && n >= 1 && n <= 8 && code.trimmed().size() == 1 ? n : 0;
}

TypeChange changeType(const Aktivitaetengruppe &group, const QString &newType)
{
    TypeChange change;
    change.group = group;
    change.group.typ = newType.trimmed();
    const int typ = ragTypeNumber(newType);
    if (typ == 0)
        return change;

    Spezifisch block;
    block.typ = typ;
    if (!group.spezifisch.empty())
        block.node = group.spezifisch.front().node;
    QStringList &dropped = change.dropped;
    for (const Spezifisch &old : group.spezifisch) {
        moveData(old.empfangen, block.empfangen, typeReceivesData(typ), true, dropped);
        moveData(old.bereitstellen, block.bereitstellen, typeProvidesData(typ), false, dropped);
        for (const QString &code : old.pruefarten) {
            if (typeHasPruefarten(typ))
                block.pruefarten << code;
            else if (!code.isEmpty())
                dropped << tr("Kind of check: %1").arg(codeLabel(CodeList::Pruefart, code));
        }
        for (const QString &aid : old.hilfsmittel) {
            if (typeHasHilfsmittel(typ))
                block.hilfsmittel << aid;
            else if (!aid.isEmpty())
                dropped << tr("Aid (Hilfsmittel): %1").arg(aid);
        }
        keepFirst(block.entscheidungsart, old.entscheidungsart, typeHasEntscheidungsart(typ),
                  tr("Kind of decision: %1")
                      .arg(codeLabel(CodeList::Entscheidungsart, old.entscheidungsart)),
                  dropped);
        keepFirst(block.bearbeitungsart, old.bearbeitungsart, typeHasBearbeitungsart(typ),
                  tr("Kind of processing: %1").arg(old.bearbeitungsart), dropped);
        if (old.mitwirkungspflicht && old.mitwirkungspflicht != block.mitwirkungspflicht) {
            if (typeHasBeteiligung(typ) && !block.mitwirkungspflicht)
                block.mitwirkungspflicht = old.mitwirkungspflicht;
            else
                dropped << tr("Duty to cooperate: %1")
                               .arg(*old.mitwirkungspflicht ? tr("Yes") : tr("No"));
        }
        keepFirst(block.beteiligungsform, old.beteiligungsform, typeHasBeteiligung(typ),
                  tr("Form of involvement: %1")
                      .arg(codeLabel(CodeList::Beteiligungsform, old.beteiligungsform)),
                  dropped);
        keepFirst(block.beschreibung, old.beschreibung, typeHasBeschreibung(typ),
                  tr("Description of the free group: %1").arg(old.beschreibung), dropped);
    }
    change.group.spezifisch = {block};
    return change;
}

} // namespace amtsweg::fim
