// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the patch builder with two assistants (the input split at its first NUL byte: base, edited).
// Invariants, for any two JSON objects a and b, with p = between(a, b) and c = p.appliedTo(a):
//   between(a, a) is empty;
//   between(a, c) == p: what the server stores after the patch diffs to the same patch;
//   between(c, b) is empty: after the patch, nothing of the edit is left to send;
//   p.appliedTo(c) == c: sending the patch again changes nothing;
//   no read-only key (top level or inside a nested object) ever travels, in p or in forCreate(b);
//   forCreate never sends null, and the wire form of a patch parses back to the same body.
#include "FuzzSupport.h"

#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

void checkNoReadOnly(const AssistantPatch &patch, const char *what)
{
    for (const QString &key : patch.keys()) {
        FUZZ_CHECK(!AssistantSchema::isReadOnlyKey(key),
                   QStringLiteral("%1 sends read-only %2").arg(QLatin1String(what), key));
        const QString member = Fuzz::readOnlyMemberIn(key, patch.value(key));
        FUZZ_CHECK(member.isEmpty(), QStringLiteral("%1 sends read-only %2").arg(QLatin1String(what), member));
    }
}

void checkWireForm(const AssistantPatch &patch)
{
    QJsonParseError error;
    const QJsonDocument document = JsonText::read(patch.toJson(), &error); // as the sandbox reads it
    FUZZ_CHECK(error.error == QJsonParseError::NoError, error.errorString());
    FUZZ_CHECK(document.object() == patch.body(), Fuzz::compact(patch.body()));
}

QString describe(const AssistantPatch &patch)
{
    return Fuzz::compact(patch.body());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [first, second] = Fuzz::splitAtNul(Fuzz::bytes(data, size));
    const std::optional<Assistant> a = Fuzz::assistantFrom(first);
    const std::optional<Assistant> b = Fuzz::assistantFrom(second);
    if (!a || !b)
        return 0;

    FUZZ_CHECK(AssistantPatch::between(*a, *a).isEmpty(), describe(AssistantPatch::between(*a, *a)));
    FUZZ_CHECK(AssistantPatch::between(*b, *b).isEmpty(), describe(AssistantPatch::between(*b, *b)));

    const AssistantPatch patch = AssistantPatch::between(*a, *b);
    checkNoReadOnly(patch, "between");
    checkWireForm(patch);

    const Assistant stored = patch.appliedTo(*a);
    const AssistantPatch again = AssistantPatch::between(*a, stored);
    FUZZ_CHECK(again == patch, QStringLiteral("patch: %1\nre-diffed: %2").arg(describe(patch), describe(again)));
    const AssistantPatch left = AssistantPatch::between(stored, *b);
    FUZZ_CHECK(left.isEmpty(), QStringLiteral("patch: %1\nleft over: %2").arg(describe(patch), describe(left)));
    FUZZ_CHECK(patch.appliedTo(stored) == stored, describe(patch));
    // Read-only keys of the base stay as the server sent them.
    for (const QString &key : a->json().keys()) {
        if (AssistantSchema::isReadOnlyKey(key))
            FUZZ_CHECK(stored.value(key) == a->value(key), key);
    }

    for (const Assistant &draft : {*a, *b}) {
        const AssistantPatch create = AssistantPatch::forCreate(draft);
        checkNoReadOnly(create, "forCreate");
        checkWireForm(create);
        for (const QString &key : create.keys())
            FUZZ_CHECK(!create.value(key).isNull(), QStringLiteral("forCreate sends null for %1").arg(key));
    }
    return 0;
}
