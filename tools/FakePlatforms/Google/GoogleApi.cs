using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// The Google Ads REST API under <c>/google</c> (googleads.googleapis.com, plus the OAuth hosts):
/// listAccessibleCustomers, googleAds:search (pages of <see cref="FakeOptions.GooglePageSize"/> behind
/// nextPageToken), googleAds:searchStream, campaigns:mutate and campaignBudgets:mutate.
/// </summary>
public static class GoogleApi
{
    public static RouteGroupBuilder MapGoogle(this IEndpointRouteBuilder routes)
    {
        var google = routes.MapGroup("/google");
        google.MapGet("/o/oauth2/v2/auth", GoogleOAuth.Authorize);
        google.MapPost("/token", GoogleOAuth.Token);
        google.MapPost("/revoke", GoogleOAuth.Revoke);
        google.MapGet("/{version}/customers:listAccessibleCustomers", ListCustomers);
        google.MapPost("/{version}/customers/{customer}/googleAds:search", Search);
        google.MapPost("/{version}/customers/{customer}/googleAds:searchStream", SearchStream);
        google.MapPost("/{version}/customers/{customer}/campaigns:mutate", GoogleMutate.Campaigns);
        google.MapPost("/{version}/customers/{customer}/campaignBudgets:mutate", GoogleMutate.Budgets);
        return google;
    }

    /// <summary>Token, quota and customer checks shared by every call; the refusal, or the account to serve.</summary>
    public static (IResult? Refused, AdAccount? Account) Enter(HttpRequest request, string version, string? customer, Gate gate, AccountBook book)
    {
        // Unsure: the developer-token header is reported optional for some access levels since September 2026; the fake never requires it.
        var (state, verdict) = gate.Enter(Platform.Google, Gate.Bearer(request));
        if (state != TokenState.Valid)
        {
            return (GoogleErrors.Token(version, state), null);
        }

        if (verdict.Throttled)
        {
            return (GoogleErrors.Quota(version, verdict.RetryAfterSeconds), null);
        }

        if (customer is null)
        {
            return (null, null);
        }

        return book.Find(Platform.Google, customer) is { } account ? (null, account) : (GoogleErrors.Permission(version, customer), null);
    }

    private static IResult ListCustomers(HttpRequest request, string version, Gate gate, AccountBook book)
    {
        var (refused, _) = Enter(request, version, null, gate, book);
        return refused ?? Results.Json(new { resourceNames = book.Of(Platform.Google).Select(a => $"customers/{a.Id}").ToList() });
    }

    private static async Task<IResult> Search(HttpRequest request, string version, string customer, Gate gate, AccountBook book, Ledger ledger, IOptions<FakeOptions> options)
    {
        var (refused, account) = Enter(request, version, customer, gate, book);
        if (refused is not null)
        {
            return refused;
        }

        var body = await Body(request);
        var (parsed, found, error) = Run(version, body, account!, ledger);
        if (error is not null)
        {
            return error;
        }

        var (query, rows) = (parsed!, found!);

        if (body?["pageSize"] is not null)
        {
            return GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "requestError", "PAGE_SIZE_NOT_SUPPORTED", "Setting the page size is not supported: search returns pages of 10,000 rows.");
        }

        if (Cursor.Decode(body?["pageToken"]?.GetValue<string>()) is not { } offset)
        {
            return GoogleErrors.Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "requestError", "INVALID_PAGE_TOKEN", "Page token is invalid.");
        }

        var size = Math.Max(1, options.Value.GooglePageSize);
        var answer = new JsonObject
        {
            ["results"] = new JsonArray(rows.Skip(offset).Take(size).Select(r => (JsonNode)GoogleJson.Row(query.Fields, r, query.Resource)).ToArray()),
            ["fieldMask"] = GoogleJson.FieldMask(query.Fields),
            ["requestId"] = GoogleErrors.RequestId(),
        };
        if (offset + size < rows.Count)
        {
            answer["nextPageToken"] = Cursor.Encode(offset + size);
        }

        if (body?["returnTotalResultsCount"]?.GetValue<bool>() == true)
        {
            answer["totalResultsCount"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(answer);
    }

    // The stream arrives as one JSON array of batches of up to 10,000 rows (the REST form of the server stream).
    private static async Task<IResult> SearchStream(HttpRequest request, string version, string customer, Gate gate, AccountBook book, Ledger ledger)
    {
        var (refused, account) = Enter(request, version, customer, gate, book);
        if (refused is not null)
        {
            return refused;
        }

        var (parsed, found, error) = Run(version, await Body(request), account!, ledger);
        if (error is not null)
        {
            return error;
        }

        var (query, rows) = (parsed!, found!);
        var batches = new JsonArray();
        for (var offset = 0; offset == 0 || offset < rows.Count; offset += 10_000)
        {
            batches.Add(new JsonObject
            {
                ["results"] = new JsonArray(rows.Skip(offset).Take(10_000).Select(r => (JsonNode)GoogleJson.Row(query.Fields, r, query.Resource)).ToArray()),
                ["fieldMask"] = GoogleJson.FieldMask(query.Fields),
                ["requestId"] = GoogleErrors.RequestId(),
            });
        }

        return Results.Json(batches);
    }

    private static (GaqlQuery? Query, List<Dictionary<string, object?>>? Rows, IResult? Error) Run(string version, JsonObject? body, AdAccount account, Ledger ledger)
    {
        var (query, parseError) = GaqlQuery.Parse(body?["query"]?.GetValue<string>(), ledger.Today(account));
        if (query is null)
        {
            return (null, null, GoogleErrors.Query(version, "UNEXPECTED_INPUT", parseError!));
        }

        var (rows, code, message) = GoogleReports.Run(account, query, ledger);
        return rows is null ? (null, null, GoogleErrors.Query(version, code!, message!)) : (query, rows, null);
    }

    public static async Task<JsonObject?> Body(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
