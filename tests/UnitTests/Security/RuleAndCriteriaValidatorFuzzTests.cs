using System.Text.Json;
using System.Text.Json.Serialization;
using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Offers;
using GrainMarketing.Automation;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Security;

/// <summary>
/// The rule, offer-criteria and alert-channel validators, fed whatever a mutated JSON body deserializes to (nulls in
/// lists, extreme numbers, unknown names): each answers with its reasons within 5 s and never throws.
/// </summary>
public sealed class RuleAndCriteriaValidatorFuzzTests
{
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Fact]
    public void TheRuleAndBacktestValidatorsNeverThrowNorHang() =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                "{\"name\":\"Pause expensive\",\"conditions\":[{\"metric\":\"cpa\",\"window\":\"3d\",\"comparator\":\"gt\",\"threshold\":40,\"confidence\":0.95}],"
                    + "\"actions\":[{\"type\":\"pause\"},{\"type\":\"alert\",\"channels\":[\"ops\"],\"severity\":\"warning\"}],\"cooldown\":\"6h\"}",
                "{\"name\":\"Scale\",\"match\":\"any\",\"scope\":{\"level\":\"adSet\",\"platforms\":[\"meta\"],\"campaignIds\":[\"meta:c-1\"],\"segments\":[\"age=25-34\"]},"
                    + "\"conditions\":[{\"metric\":\"roas\",\"window\":\"today\",\"comparator\":\"gte\",\"change\":0.2}],"
                    + "\"actions\":[{\"type\":\"increaseBudget\",\"percent\":10,\"max\":500},{\"type\":\"tag\",\"tag\":\"scaled\"}]}"),
            body =>
            {
                if (Deserialize<RuleDefinition>(body) is { } rule)
                {
                    RuleValidation.Validate(rule);
                    BacktestValidation.Validate(rule, null);
                }
            },
            Fuzzing.Nothing);

    [Fact]
    public void TheOfferCampaignAndCriteriaValidatorsRefuseOnlyWithA400() =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                "{\"name\":\"VIP\",\"type\":\"vipRewards\",\"criteria\":{\"patterns\":[\"highSpender\",\"frequent\"],\"category\":\"food\",\"city\":\"Munich\",\"risingSpend\":true},"
                    + "\"offer\":{\"kind\":\"percentOff\",\"value\":10,\"place\":\"anywhere\"},\"durationDays\":30,\"holdoutShare\":0.1,\"startsAt\":\"2026-12-10T00:00:00Z\"}"),
            body => Deserialize<OfferCampaignRequest>(body)?.ToDraft(0.1),
            exception => exception is ValidationFailedException);

    [Fact]
    public void TheAlertChannelValidatorNeverThrowsNorHangs() =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                "{\"name\":\"ops-pager\",\"type\":\"webhook\",\"minSeverity\":\"warning\",\"url\":\"https://hooks.example.com/a?b=c\"}",
                "{\"name\":\"team\",\"type\":\"email\",\"recipients\":[\"a@example.com\",\"b@example.com\"]}"),
            body =>
            {
                if (Deserialize<AlertChannelDefinition>(body) is { } channel)
                {
                    AlertChannelValidation.Validate(channel);
                }
            },
            Fuzzing.Nothing);

    /// <summary>The body as the API would bind it; null where the API answers 400 before any validator runs.</summary>
    private static T? Deserialize<T>(byte[] body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, ApiJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
