using GrainMarketing.ApiHost.Alerts;
using GrainMarketing.ApiHost.Analysis;
using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Audience;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Automation;
using GrainMarketing.ApiHost.Experiments;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Connectors;
using GrainMarketing.ApiHost.Creatives;
using GrainMarketing.ApiHost.Currencies;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.UserEvents;
using GrainMarketing.ApiHost.Insights;
using GrainMarketing.ApiHost.Live;
using GrainMarketing.ApiHost.Offers;
using GrainMarketing.ApiHost.Profiles;
using GrainMarketing.ApiHost.Tenants;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddGrainMarketingApi();

var app = builder.Build();
// First: every limit and audit record after this sees the client behind a trusted proxy (the web dashboard), not the proxy.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
// Before authentication, so a request over its limit costs no credential check (made-up keys included).
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous().DisableRateLimiting();
app.MapScalarApiReference().AllowAnonymous().DisableRateLimiting();
app.MapPrometheusScrapingEndpoint().AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();

app.MapAuth();
app.MapTenants();
app.MapMembers();
app.MapApiKeys();
app.MapAudit();
app.MapRules();
app.MapRuleSimulation();
app.MapAutomation();
app.MapProfiles();
app.MapOfferCampaigns();
app.MapUserOffers();
app.MapAnalysis();
app.MapAlerts();
app.MapAnomalies();
app.MapIngestion();
app.MapUserEventIngestion();
app.MapCampaigns();
app.MapCreatives();
app.MapAnalytics();
app.MapExchangeRates();
app.MapAudience();
app.MapBudget();
app.MapPredictions();
app.MapLive();
app.MapForecasts();
app.MapExperiments();
app.MapBenchmarks();
app.MapCompetitors();
app.MapRecommendations();
app.MapConnections();

await app.RunAsync();

/// <summary>The API host's entry point; public so tests can also host it in-process with its routing data and services.</summary>
public partial class Program;
