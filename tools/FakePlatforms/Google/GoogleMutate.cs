using System.Globalization;
using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// <c>campaigns:mutate</c> (status ENABLED/PAUSED) and <c>campaignBudgets:mutate</c> (<c>amountMicros</c>, a multiple
/// of 10,000 for currencies with cents). All operations of a request apply or none does, as without partialFailure.
/// </summary>
public static class GoogleMutate
{
    public static async Task<IResult> Campaigns(HttpRequest request, string version, string customer, Gate gate, AccountBook book)
    {
        var (refused, account) = GoogleApi.Enter(request, version, customer, gate, book);
        if (refused is not null)
        {
            return refused;
        }

        var updates = new List<(Campaign Campaign, bool Active, string Name)>();
        foreach (var update in Updates(await GoogleApi.Body(request)))
        {
            var name = update["resourceName"]?.GetValue<string>() ?? "";
            var campaign = Id(name, customer, "campaigns") is { } id ? account!.FindCampaign(id) : null;
            if (campaign is null)
            {
                return NotFound(version, name);
            }

            var status = update["status"]?.GetValue<string>();
            if (status is not ("ENABLED" or "PAUSED"))
            {
                return GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "requestError", "INVALID_ENUM_VALUE", $"Invalid status '{status}': the fake platform sets ENABLED or PAUSED.");
            }

            updates.Add((campaign, status == "ENABLED", name));
        }

        lock (account!.Gate)
        {
            updates.ForEach(u => u.Campaign.Active = u.Active);
        }

        return Results.Json(new { results = updates.Select(u => new { resourceName = u.Name }).ToList() });
    }

    public static async Task<IResult> Budgets(HttpRequest request, string version, string customer, Gate gate, AccountBook book)
    {
        var (refused, account) = GoogleApi.Enter(request, version, customer, gate, book);
        if (refused is not null)
        {
            return refused;
        }

        var updates = new List<(Campaign Campaign, long Micros, string Name)>();
        foreach (var update in Updates(await GoogleApi.Body(request)))
        {
            var name = update["resourceName"]?.GetValue<string>() ?? "";
            var campaign = Id(name, customer, "campaignBudgets") is { } id ? account!.Campaigns.FirstOrDefault(c => c.BudgetId == id) : null;
            if (campaign is null)
            {
                return NotFound(version, name);
            }

            // int64 fields arrive as JSON strings; a number is accepted too.
            var text = update["amountMicros"]?.ToString();
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var micros) || micros <= 0)
            {
                return GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "campaignBudgetError", "MONEY_AMOUNT_TOO_SMALL", "The budget amount must be a positive number of micros.");
            }

            if (micros % 10_000 != 0)
            {
                return GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "campaignBudgetError", "NON_MULTIPLE_OF_MINIMUM_CURRENCY_UNIT", "The budget amount must be a multiple of the currency's minimum unit (10,000 micros).");
            }

            updates.Add((campaign, micros, name));
        }

        lock (account!.Gate)
        {
            updates.ForEach(u => u.Campaign.DailyBudgetMinor = u.Micros / 10_000);
        }

        return Results.Json(new { results = updates.Select(u => new { resourceName = u.Name }).ToList() });
    }

    private static IEnumerable<JsonObject> Updates(JsonObject? body) =>
        (body?["operations"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().Select(o => o["update"] as JsonObject).OfType<JsonObject>();

    private static string? Id(string resourceName, string customer, string collection)
    {
        var parts = resourceName.Split('/');
        return parts.Length == 4 && parts[0] == "customers" && parts[1] == customer && parts[2] == collection ? parts[3] : null;
    }

    private static IResult NotFound(string version, string name) =>
        GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "mutateError", "RESOURCE_NOT_FOUND", $"The resource '{name}' was not found.");
}
