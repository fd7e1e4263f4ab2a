using System.Text.Json;
using System.Text.Json.Serialization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.ApiHost.Ingestion.UserEvents;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Http;

namespace GrainMarketing.UnitTests.Security;

/// <summary>
/// The ingestion parsers (CSV importers, the JSON and NDJSON readers) and the record mappers behind them, fed mutated
/// and random bodies: each answers within 5 s and refuses only with its documented validation error.
/// </summary>
public sealed class IngestionParserFuzzTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private const string MetricJson =
        "{\"platform\":\"meta\",\"campaignId\":\"c1\",\"date\":\"2026-12-05\",\"age\":\"25-34\",\"gender\":\"F\",\"region\":\"Bavaria\","
        + "\"impressions\":100,\"clicks\":3,\"spend\":1.25,\"kind\":\"delta\",\"eventId\":\"e1\",\"status\":\"active\",\"dailyBudget\":20}";

    private const string TransactionJson =
        "{\"userId\":\"u1\",\"amount\":12.5,\"currency\":\"EUR\",\"timestamp\":\"2026-12-06T11:00:00Z\",\"merchant\":\"Shop\",\"latitude\":48.1,\"longitude\":11.5}";

    [Fact]
    public void TheMetricCsvImporterAndItsMapperNeverThrowNorHang() =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                "Campaign name,Campaign ID,Day,Age,Gender,Region,Impressions,Reach,Link clicks,Amount spent (EUR),Purchases\n"
                    + "Spring,123,2026-12-05,25-34,female,Bavaria,\"1,000\",800,12,3.50,1\nSpring,123,2026-12-04,35-44,male,,5,5,0,0,0\n",
                "Campaign\tCampaign ID\tAd group\tDay\tAge\tGender\tCurrency code\tImpr.\tClicks\tCost\tConversions\tConv. value\r\n"
                    + "Brand\t9\tGroup\t2026-12-05\t25 to 34\tFemale\tUSD\t1,200\t30\t12.00\t2\t40.00\r\nTotal: Campaign\t\t\t\t\t\t\t1,200\t30\t12.00\t2\t40.00\r\n",
                "ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion\n"
                    + "708746,916,103916,30-34,M,15,7350,1,1.429999948,2,1\n"),
            body =>
            {
                var result = MetricCsvImporter.Import(body, new CsvImportOptions(new DateOnly(2026, 12, 5)));
                MetricRecordMapper.ToBatches("fuzz", result.Records, ReceivedAt, 90, new ValidationErrors());
            },
            Fuzzing.Nothing);

    [Fact]
    public void TheCustomerEventCsvImportersAndTheirMappersNeverThrowNorHang() =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                "userId,eventId,amount,currency,timestamp,merchant,category,city,latitude,longitude,channel\n"
                    + "u1,,12.50,EUR,2026-12-06T11:00:00Z,Shop,Food,Munich,48.1,11.5,pos\nu2,t2,\"1,000.00\",usd,2026-12-06T10:00:00+01:00,,,,,,\n",
                "userId;kind;campaign;timestamp;amount\nu1;converted;spring;2026-12-06T11:00:00Z;20\n"),
            body =>
            {
                var transactions = UserEventCsvImporter.ImportTransactions(body);
                TransactionRecordMapper.ToBatches("fuzz", transactions.Records, ReceivedAt, 90, RecordErrors.ForLines(transactions.Lines));
                var engagements = UserEventCsvImporter.ImportEngagements(body);
                EngagementRecordMapper.ToBatches("fuzz", engagements.Records, ReceivedAt, 90, RecordErrors.ForLines(engagements.Lines));
            },
            Fuzzing.Nothing);

    [Theory]
    [InlineData("application/json")]
    [InlineData(IngestBody.NdjsonContentType)]
    public void TheJsonAndNdjsonReadersAndTheMappersRefuseOnlyWithA400(string mediaType) =>
        Fuzzing.Check(
            Fuzzing.Mutated(
                mediaType == IngestBody.NdjsonContentType ? $"{MetricJson}\n{MetricJson}\n" : $"{{\"items\":[{MetricJson},{MetricJson}]}}",
                mediaType == IngestBody.NdjsonContentType ? $"{TransactionJson}\n" : $"{{\"items\":[{TransactionJson}]}}"),
            body =>
            {
                var metrics = ReadAsync<MetricRecord>(body, mediaType).GetAwaiter().GetResult();
                var errors = new ValidationErrors();
                MetricRecordMapper.ToBatches("fuzz", metrics, ReceivedAt, 90, errors);
                errors.ThrowIfAny();
                var transactions = ReadAsync<TransactionRecord>(body, mediaType).GetAwaiter().GetResult();
                TransactionRecordMapper.ToBatches("fuzz", transactions, ReceivedAt, 90, RecordErrors.ForItems());
            },
            IsDocumentedRefusal);

    /// <summary>The refusals the problem-details mapping turns into a 400 (or a 415 for a media type the route does not take).</summary>
    private static bool IsDocumentedRefusal(Exception exception) =>
        exception is ValidationFailedException or BadHttpRequestException { StatusCode: 400 or 415 };

    private static Task<IReadOnlyList<TRecord>> ReadAsync<TRecord>(byte[] body, string mediaType)
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = mediaType;
        http.Request.Body = new MemoryStream(body);
        return IngestBody.ReadAsync<TRecord>(http.Request, ApiJson, 100_000, CancellationToken.None);
    }
}
