// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxGenerator.h"

#include "SandboxAccount.h"
#include "SandboxAssistants.h"
#include "SandboxData.h"

#include <QDateTime>
#include <QUuid>

#include <random>

namespace {

const QUuid kNamespace(QStringLiteral("{3d0f8a52-7c1e-4b6a-9e2d-5f4c3b2a1908}"));
const QDateTime kEpoch(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// std::mt19937 is the same everywhere; the standard distributions are not, so draws are done by hand.
class Dice
{
public:
    explicit Dice(int index)
        : m_engine(std::uint32_t(index) * 2654435761u + 97u)
    { }

    int below(int n) { return n <= 1 ? 0 : int(m_engine() % std::uint32_t(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    double unit(int steps) { return below(steps + 1) / double(steps); } // 0, 1/steps, …, 1
    template<typename T> const T &pick(std::initializer_list<T> items)
    {
        return *(items.begin() + below(int(items.size())));
    }
    QJsonValue pick(const QJsonArray &items) { return items.at(below(int(items.size()))); }

    // `count` distinct positions out of `size`, in ascending order.
    QList<int> sample(int size, int count)
    {
        QList<int> chosen;
        for (int i = 0; i < size && chosen.size() < count; ++i) {
            if (below(size - i) < count - int(chosen.size()))
                chosen.append(i);
        }
        return chosen;
    }

private:
    std::mt19937 m_engine;
};

QString filled(QString text, const QString &business, const QString &agent, const QString &city)
{
    return text.replace(QStringLiteral("{business}"), business)
        .replace(QStringLiteral("{agent}"), agent)
        .replace(QStringLiteral("{city}"), city);
}

QString phoneNumber(Dice &dice, const QString &prefix)
{
    // North American numbers have 10 digits after +1; the fictional 555-01xx block keeps them harmless.
    if (prefix.startsWith(u"+1"))
        return prefix + QStringLiteral("55501") + QString::number(dice.between(10, 99));
    QString number = prefix;
    while (number.size() < 12)
        number += QChar(u'0' + dice.below(10));
    return number;
}

QJsonObject tool(const QJsonObject &pool, const QString &domain)
{
    QJsonObject tool = pool;
    tool.remove(u"path");
    tool.insert(u"url", QString(QStringLiteral("https://api.") + domain + pool.value(u"path").toString()));
    return tool;
}

QJsonObject retryConfig(Dice &dice, const QString &timezone)
{
    static const QStringList week
        = {s("monday"), s("tuesday"), s("wednesday"), s("thursday"), s("friday"), s("saturday"), s("sunday")};
    QJsonArray days;
    const int pattern = dice.below(4);
    for (int day = 0; day < 7; ++day) {
        const bool weekday = day < 5;
        if ((pattern == 0 && weekday) || (pattern == 1 && day < 6) || (pattern == 2) || (pattern == 3 && day % 2 == 0))
            days.append(week.at(day));
    }
    QJsonArray windows;
    const auto window = [](const QString &start, const QString &end, int delay) {
        return QJsonObject{{s("calling_window_start_time"), start},
                           {s("calling_window_end_time"), end},
                           {s("retry_delay_seconds"), delay}};
    };
    switch (dice.below(4)) {
    case 0:
        windows.append(window(s("10:00"), s("18:00"), 7200));
        break;
    case 1:
        windows.append(window(s("09:00"), s("12:00"), 3600));
        windows.append(window(s("14:00"), s("18:30"), 5400));
        break;
    case 2:
        windows.append(window(s("9am"), s("5pm"), dice.pick({1800, 3600, 10800})));
        break;
    default:
        windows.append(window(s("16:00"), s("20:00"), dice.pick({14400, 86400})));
        break;
    }
    return {{s("allowed_days"), days},
            {s("call_twice_in_a_row"), dice.chance(30)},
            {s("calling_windows"), windows},
            {s("max_retry_attempts"), dice.between(1, 5)},
            {s("timezone"), dice.chance(70) ? QJsonValue(timezone) : QJsonValue::Null}};
}

QJsonArray faqItems(Dice &dice, const QJsonArray &pool, int index)
{
    QJsonArray items;
    const QList<int> chosen = dice.sample(int(pool.size()), dice.between(3, std::min(15, int(pool.size()))));
    for (int position : chosen) {
        const QJsonArray pair = pool.at(position).toArray();
        const int kind = dice.below(10); // 1 in 10 waits for a human answer, 2 in 10 were written by the AI
        const bool pending = kind == 0;
        const QUuid id = QUuid::createUuidV5(kNamespace, QStringLiteral("faq-%1-%2").arg(index).arg(position));
        items.append(QJsonObject{{s("question"), pair.at(0)},
                                 {s("answer"), pending ? QString() : pair.at(1).toString()},
                                 {s("id"), id.toString(QUuid::WithoutBraces)},
                                 {s("needs_human_answer"), pending},
                                 {s("source"), kind <= 2 ? s("ai") : s("human")}});
    }
    return items;
}

} // namespace

SandboxGenerator::SandboxGenerator()
    : m_verticals(SandboxData::generatorPools().value(u"verticals").toArray())
{
    for (const QJsonValue &vertical : std::as_const(m_verticals)) {
        const QString language = vertical.toObject().value(u"language").toString();
        QJsonArray voices;
        for (const QJsonValue &voice : SandboxData::voices()) {
            if (voice.toObject().value(u"language").toString() == language)
                voices.append(voice);
        }
        m_voicesByVertical.append(voices);
    }
}

QList<QJsonObject> SandboxGenerator::generate(int count) const
{
    QList<QJsonObject> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(assistant(i));
    return list;
}

QJsonObject SandboxGenerator::assistant(int index) const
{
    Dice dice(index);
    const int verticalIndex = index % int(m_verticals.size());
    const QJsonObject vertical = m_verticals.at(verticalIndex).toObject();
    const QString business = dice.pick(vertical.value(u"businesses").toArray()).toString();
    const QString agent = dice.pick(vertical.value(u"agents").toArray()).toString();
    const QJsonArray cityInfo = dice.pick(vertical.value(u"cities").toArray()).toArray();
    const QString city = cityInfo.at(0).toString();
    const QString timezone = cityInfo.at(1).toString();
    const QString prefix = cityInfo.at(2).toString();
    const QString domain = vertical.value(u"domain").toString();
    const auto text = [&](const char *key) {
        const QJsonValue value = vertical.value(QLatin1String(key));
        return value.isString() ? QJsonValue(filled(value.toString(), business, agent, city)) : QJsonValue::Null;
    };
    const auto maybe
        = [&dice](int percent, const QJsonValue &value) { return dice.chance(percent) ? value : QJsonValue::Null; };

    QJsonObject a;
    a.insert(u"id",
             QUuid::createUuidV5(kNamespace, QStringLiteral("assistant-%1").arg(index)).toString(QUuid::WithoutBraces));
    a.insert(u"organization_id", SandboxAssistants::organizationId());
    a.insert(u"name", QStringLiteral("%1 (%2) – %3").arg(business, city, vertical.value(u"purpose").toString()));
    const QDateTime created = kEpoch.addSecs(qint64(index) * 1031 + dice.below(3600)).addMSecs(dice.below(1000));
    a.insert(u"created_at", SandboxAssistants::timestamp(created));
    a.insert(u"created_by", SandboxAccount::user());
    a.insert(u"updated_at",
             SandboxAssistants::timestamp(dice.chance(25) ? created : created.addSecs(dice.between(60, 90 * 86400))));

    // Prompt page.
    a.insert(u"prompt", text("prompt"));
    const QString mode = dice.pick({s("generated"), s("generated"), s("static"), s("static"), s("none")});
    a.insert(u"first_sentence_mode", mode);
    a.insert(u"first_sentence", mode == u"none" ? maybe(50, text("first_sentence")) : text("first_sentence"));
    a.insert(u"first_sentence_delay_ms", dice.pick({0, 200, 400, 400, 400, 600, 1000}));
    a.insert(u"end_of_call_sentence", maybe(85, text("end")));
    a.insert(u"max_duration_end_message",
             maybe(40,
                   QStringLiteral("I have to end the call now. You can reach %1 at %2.")
                       .arg(business, phoneNumber(dice, prefix))));
    a.insert(u"structured_output_prompt",
             maybe(20,
                   s("Extract the fields from this {{call_direction}} call with {{user_phone_number}} "
                     "(agent line {{agent_phone_number}}).\n\n{{transcript}}")));

    // General page.
    if (index % 9 == 4) {
        const bool openai = dice.chance(50);
        a.insert(u"llm_model",
                 QJsonObject{{s("type"), s("realtime")},
                             {s("provider"), openai ? s("openai") : s("google")},
                             {s("realtime_model_id"), openai ? s("gpt-realtime") : s("gemini-live-2.5-flash")},
                             {s("realtime_voice_id"), openai ? s("marin") : s("Puck")}});
    } else if (index % 3 == 2) {
        const int model = dice.below(4);
        const char *ids[] = {"openai/gpt-4.1", "openai/gpt-4.1-mini", "meta-llama/llama-3.3-70b-instruct",
                             "mistralai/mistral-small-3.1-24b-instruct"};
        const char *providers[] = {"azure", "openai", "nebius", "mistral"};
        a.insert(u"llm_model",
                 QJsonObject{{s("type"), s("openrouter")},
                             {s("openrouter_model_id"), s(ids[model])},
                             {s("openrouter_provider"), s(providers[model])}});
    } else {
        a.insert(u"llm_model",
                 QJsonObject{{s("type"), s("dedicated-instance")},
                             {s("name"), dice.chance(75) ? s("gpt-4.1") : s("ministral-3-8b-instruct")}});
    }
    a.insert(u"max_call_duration_secs", dice.pick({180, 240, 300, 420, 600, 600, 900, 1200}));
    a.insert(u"webhook_url", maybe(60, QStringLiteral("https://hooks.%1/revox/%2").arg(domain).arg(index)));
    if (index % 5 == 0) {
        a.insert(u"calendly",
                 QJsonObject{{s("connection_id"),
                              QStringLiteral("cal_conn_%1").arg(quint32(index) * 2654435761u, 8, 16, QLatin1Char('0'))},
                             {s("event_type_id"),
                              QString(QStringLiteral("https://api.calendly.com/event_types/")
                                      + QUuid::createUuidV5(kNamespace, QStringLiteral("event-%1").arg(index))
                                            .toString(QUuid::WithoutBraces))}});
    } else {
        a.insert(u"calendly", QJsonValue::Null);
    }

    // Voice page.
    const QJsonObject voice = dice.pick(m_voicesByVertical.at(verticalIndex)).toObject();
    const bool cartesia = voice.value(u"provider").toString() == u"cartesia";
    QJsonObject voiceSettings{{s("id"), voice.value(u"id")}, {s("provider"), voice.value(u"provider")}};
    // Speeds inside both providers' ranges (Cartesia 0.6–1.5, ElevenLabs 0.7–1.2).
    voiceSettings.insert(u"speed", cartesia ? 0.8 + dice.unit(10) * 0.4 : 0.9 + dice.unit(6) * 0.3);
    if (cartesia && dice.chance(60))
        voiceSettings.insert(u"volume", 0.5 + dice.unit(5) * 0.5);
    a.insert(u"voice", voiceSettings);
    a.insert(u"background_sound", index % 4 == 0 ? QJsonValue(s("audio/office.ogg")) : QJsonValue::Null);
    a.insert(u"background_sound_volume", index % 4 == 0 ? 0.1 + dice.unit(4) * 0.2 : 0.0);
    const bool thinking = dice.chance(55);
    a.insert(u"thinking_sound",
             thinking ? QJsonValue(dice.pick({s("city-ambience.ogg"), s("forest-ambience.ogg"),
                                              s("office-ambience.ogg"), s("crowded-room.ogg"), s("keyboard-typing.ogg"),
                                              s("keyboard-typing2.ogg"), s("hold_music.ogg")}))
                      : QJsonValue::Null);
    a.insert(u"thinking_sound_probability", thinking ? dice.unit(10) : 0.0);
    a.insert(u"thinking_sound_volume", thinking ? 0.2 + dice.unit(6) * 0.4 : 0.0);

    // Retry page.
    a.insert(u"call_retry_config", index % 7 == 6 ? QJsonValue::Null : QJsonValue(retryConfig(dice, timezone)));

    // Tools, FAQ, structured output.
    const QJsonArray toolPool = vertical.value(u"tools").toArray();
    QJsonArray tools;
    for (int position : dice.sample(int(toolPool.size()), dice.between(0, std::min(4, int(toolPool.size())))))
        tools.append(tool(toolPool.at(position).toObject(), domain));
    a.insert(u"custom_tools", tools);
    const QJsonArray faq = faqItems(dice, vertical.value(u"faq").toArray(), index);
    a.insert(u"faq_items", faq);
    a.insert(u"pending_faq_count", SandboxAssistants::pendingFaqCount(faq));
    if (index % 6 == 5) {
        a.insert(u"structured_output_config", QJsonValue::Null);
    } else {
        const QJsonArray outputPool = vertical.value(u"outputs").toArray();
        QJsonArray outputs;
        for (int position : dice.sample(int(outputPool.size()), dice.between(1, int(outputPool.size()))))
            outputs.append(outputPool.at(position));
        a.insert(u"structured_output_config", outputs);
    }

    // Calls and messages page.
    a.insert(u"ivr_navigation_enabled", dice.chance(20));
    a.insert(u"voicemail_message", maybe(70, text("voicemail")));
    a.insert(u"voicemail_sms_prompt",
             maybe(35,
                   QStringLiteral("Write a short SMS saying %1 tried to call and will try again; sign it %2.")
                       .arg(business, agent)));
    const bool sms = dice.chance(50);
    a.insert(u"sms_enabled", sms);
    a.insert(u"sms_template",
             sms && dice.chance(50) ? QJsonValue(
                 QStringLiteral("%1: thanks for your time, {{first_name}}! Reply STOP to opt out.").arg(business))
                                    : QJsonValue::Null);
    a.insert(u"after_call_sms_prompt", maybe(30, s("Summarise what was agreed in one friendly SMS.")));
    const bool email = dice.chance(60);
    a.insert(u"email_notification_address", email ? QJsonValue(QStringLiteral("ops@") + domain) : QJsonValue::Null);
    QJsonArray outcomes;
    if (email) {
        for (const char *outcome : {"not_interested", "interested", "completed", "requested_callback_later", "none"}) {
            if (dice.chance(35))
                outcomes.append(s(outcome));
        }
    }
    a.insert(u"email_notification_outcomes", outcomes);
    const int transfer = dice.below(3); // none, cold, warm
    a.insert(u"transfer_phone_number", transfer ? QJsonValue(phoneNumber(dice, prefix)) : QJsonValue::Null);
    a.insert(u"human_transfer_mode",
             transfer == 1       ? QJsonValue(s("cold"))
                 : transfer == 2 ? QJsonValue(s("warm"))
                                 : QJsonValue::Null);
    a.insert(u"warm_transfer_summary_instructions",
             transfer == 2 && dice.chance(60)
                 ? QJsonValue(s("Say who is calling and why in one sentence, then what they already agreed to."))
                 : QJsonValue::Null);
    a.insert(u"from_phone_number", maybe(50, phoneNumber(dice, prefix)));

    // Keys of newer API versions, which clients must carry through.
    if (index % 10 == 3)
        a.insert(u"stt_model", dice.pick({s("nova-3"), s("nova-2-phonecall")}));
    if (index % 20 == 7 && transfer) {
        a.insert(u"transfer_destinations",
                 QJsonArray{QJsonObject{{s("label"), s("Front desk")},
                                        {s("phone_number"), a.value(u"transfer_phone_number")}}});
    }
    return a;
}
