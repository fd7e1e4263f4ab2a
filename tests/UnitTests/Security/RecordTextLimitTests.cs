using System.Reflection;
using System.Text.Json;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.UserEvents;

namespace GrainMarketing.UnitTests.Security;

/// <summary>
/// Every text field of every ingestion record (JSON, NDJSON and, through the importers, CSV all map the same records)
/// is refused when too long, naming the field: found by reflection, so a new field cannot escape the rule.
/// </summary>
public sealed class RecordTextLimitTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Huge = new('x', 10_000);

    public static TheoryData<string> MetricTextFields => Fields<MetricRecord>();

    public static TheoryData<string> TransactionTextFields => Fields<TransactionRecord>();

    public static TheoryData<string> EngagementTextFields => Fields<EngagementRecord>();

    [Theory]
    [MemberData(nameof(MetricTextFields))]
    public void AMetricRecordWithAHugeTextFieldIsRefusedNamingIt(string field)
    {
        var record = With(new MetricRecord("meta", "c1", "2026-12-05", Impressions: 1), field);
        var errors = new ValidationErrors();

        MetricRecordMapper.ToBatches("t", [record], ReceivedAt, 90, errors);

        Assert.Contains($"items[0].{JsonNamingPolicy.CamelCase.ConvertName(field)}", errors.Fields);
    }

    [Theory]
    [MemberData(nameof(TransactionTextFields))]
    public void ATransactionWithAHugeTextFieldIsRefusedNamingIt(string field)
    {
        var record = With(new TransactionRecord("u1", null, 12.5m, "EUR", "2026-12-06T11:00:00Z"), field);
        var errors = RecordErrors.ForItems();

        TransactionRecordMapper.ToBatches("t", [record], ReceivedAt, 90, errors);

        Assert.Contains($"items[0].{JsonNamingPolicy.CamelCase.ConvertName(field)}", errors.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(EngagementTextFields))]
    public void AnEngagementWithAHugeTextFieldIsRefusedNamingIt(string field)
    {
        var record = With(new EngagementRecord("u1", null, "viewed", "spring", "2026-12-06T11:00:00Z"), field);
        var errors = RecordErrors.ForItems();

        EngagementRecordMapper.ToBatches("t", [record], ReceivedAt, 90, errors);

        Assert.Contains($"items[0].{JsonNamingPolicy.CamelCase.ConvertName(field)}", errors.Errors.Keys);
    }

    [Fact]
    public void ABreakdownValueOfExactlyAHundredCharactersIsTaken()
    {
        var errors = new ValidationErrors();

        MetricRecordMapper.ToBatches("t", [new MetricRecord("meta", "c1", "2026-12-05", Region: new string('r', RecordText.MaxLength))], ReceivedAt, 90, errors);

        Assert.True(errors.IsEmpty);
    }

    private static TheoryData<string> Fields<TRecord>() =>
        [.. typeof(TRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).Select(p => p.Name)];

    /// <summary>A copy of <paramref name="record"/> with <paramref name="field"/> set to 10,000 characters.</summary>
    private static TRecord With<TRecord>(TRecord record, string field)
        where TRecord : class
    {
        var copy = (TRecord)typeof(TRecord).GetMethod("<Clone>$")!.Invoke(record, null)!;
        typeof(TRecord).GetProperty(field)!.SetValue(copy, Huge);
        return copy;
    }
}
