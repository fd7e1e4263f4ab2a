using GrainMarketing.Dashboard.Api.Client;
using GrainMarketing.Dashboard.Api.Client.Models;
using HttpValidationProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.HttpValidationProblemDetails;
using ProblemDetails = GrainMarketing.Dashboard.Api.Client.Models.ProblemDetails;
using GrainMarketing.Dashboard.Sessions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>Sends a competitor export the person picked to the API's import routes, as the signed-in person.</summary>
/// <remarks>The import routes take the file itself as the body, which the API document does not describe, so the generated client builds the request and this class adds the file.</remarks>
public sealed class CompetitorFiles(IHttpClientFactory http, ApiClientFactory clients, SessionAuthentication authentication)
{
    /// <summary>The largest file the page sends; an auction-insights export is kilobytes, a tracked competitors' ads_archive answer a few megabytes.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> Problems = new()
    {
        ["400"] = HttpValidationProblemDetails.CreateFromDiscriminatorValue,
        ["XXX"] = ProblemDetails.CreateFromDiscriminatorValue,
    };

    /// <summary>Imports a Google Ads auction-insights export into the account or a campaign.</summary>
    public Task<CompetitorImportResult?> ImportAuctionInsightsAsync(string tenant, Stream file, string fileName, string? campaign, string? from, string? to)
    {
        var (adapter, api) = Client();
        var request = api.Api.V1.Tenants[tenant].Competitors.Imports.ToPostRequestInformation(q =>
        {
            q.QueryParameters.FileName = fileName;
            q.QueryParameters.Campaign = campaign;
            q.QueryParameters.From = from;
            q.QueryParameters.To = to;
        });
        request.SetStreamContent(file, "text/csv");
        return adapter.SendAsync(request, CompetitorImportResult.CreateFromDiscriminatorValue, Problems);
    }

    /// <summary>Imports a Meta Ad Library Report CSV or saved ads_archive answers.</summary>
    public Task<MetaImportResult?> ImportMetaAdLibraryAsync(string tenant, Stream file, string fileName, string? from, string? to)
    {
        var (adapter, api) = Client();
        var request = api.Api.V1.Tenants[tenant].Competitors.MetaAdLibrary.ToPostRequestInformation(q =>
        {
            q.QueryParameters.FileName = fileName;
            q.QueryParameters.From = from;
            q.QueryParameters.To = to;
        });
        request.SetStreamContent(file, fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "text/csv");
        return adapter.SendAsync(request, MetaImportResult.CreateFromDiscriminatorValue, Problems);
    }

    private (HttpClientRequestAdapter Adapter, GrainMarketingApi Api) Client()
    {
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: http.CreateClient(ApiClientFactory.HttpClientName))
        {
            BaseUrl = clients.BaseUri.ToString().TrimEnd('/'),
        };
        return (adapter, new GrainMarketingApi(adapter));
    }
}
