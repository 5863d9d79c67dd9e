#pragma once
// LoopSection: loop characteristics of an activity: none, standard loop, parallel or
// sequential multi-instance.

#include "propertysection.h"

class QComboBox;

namespace amtsweg {

class LoopSection : public PropertySection
{
    Q_OBJECT

public:
    explicit LoopSection(QWidget *parent = nullptr);

    QComboBox *loopCombo() const { return m_loop; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    void commit(int index);

    QComboBox *m_loop = nullptr;
};

} // namespace amtsweg
