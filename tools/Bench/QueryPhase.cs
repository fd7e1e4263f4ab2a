namespace GrainMarketing.Bench;

/// <summary>
/// Phase 3, query latency under load: while background ingestion runs at half the sustained rate,
/// <c>--query-clients</c> clients ask one question each for <c>--seconds-per-phase</c>, then the next
/// question. Campaigns are picked as skewed as the traffic, the same sequence the SQL phase uses.
/// </summary>
internal sealed class QueryPhase(BenchApi api, ApiBackground background, EventGenerator generator, BenchOptions options, Report report)
{
    private const string Phase = "3 query";

    public async Task<Dictionary<Question, LatencySummary>> RunAsync(double backgroundRate)
    {
        var results = new Dictionary<Question, LatencySummary>();
        var load = background.Start(backgroundRate);
        foreach (var question in QuestionNames.All)
        {
            Report.Progress($"query: {question.Describe()}, {options.QueryClients} clients, background ingestion at {backgroundRate:N0} events/s");
            var summary = await ClosedLoop.RunAsync(options.QueryClients, options.PhaseDuration, (client, n) => api.QueryAsync(question switch
            {
                Question.CampaignSummary => api.CampaignSummaryPath(generator.ApiKey(generator.QueryTarget(client, n))),
                Question.Breakdown => api.BreakdownPath(generator.ApiKey(generator.QueryTarget(client, n))),
                _ => api.TenantSummaryPath,
            }));
            results[question] = summary;
            report.Add(Phase, $"API {question.Describe()}, {options.QueryClients} clients", summary.ToString());
        }

        report.Add(Phase, "background ingestion during the queries", (await background.StopAsync(load)).ToString());
        return results;
    }
}
