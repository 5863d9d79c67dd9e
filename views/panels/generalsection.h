#pragma once
// GeneralSection: id (validated: a unique XML name), name (multi-line; the text of a text
// annotation) and documentation of any element. Name and documentation are written while
// typing (consecutive keystrokes merge into one undo step); the id when editing finishes.

#include "propertysection.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amtsweg {

class GeneralSection : public PropertySection
{
    Q_OBJECT

public:
    explicit GeneralSection(QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QPlainTextEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *documentationEdit() const { return m_documentation; }
    /// The message under the id field; hidden when the typed id is acceptable.
    QLabel *idError() const { return m_idError; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    /// Why `id` cannot be used for the element; empty when it can.
    QString idProblem(const QString &id) const;
    void validateId();
    void commitId();
    void commitName();
    void commitDocumentation();
    bool usesTextChild() const;

    QLineEdit *m_id = nullptr;
    QLabel *m_idError = nullptr;
    QLabel *m_nameLabel = nullptr;
    QPlainTextEdit *m_name = nullptr;
    QPlainTextEdit *m_documentation = nullptr;
    QString m_loadedId;
};

} // namespace amtsweg
