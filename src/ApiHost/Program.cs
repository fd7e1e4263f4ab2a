using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Live;
using GrainMarketing.ApiHost.Tenants;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddGrainMarketingApi();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous().DisableRateLimiting();
app.MapScalarApiReference().AllowAnonymous().DisableRateLimiting();
app.MapPrometheusScrapingEndpoint().AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();

app.MapAuth();
app.MapTenants();
app.MapMembers();
app.MapApiKeys();
app.MapIngestion();
app.MapCampaigns();
app.MapAnalytics();
app.MapLive();

await app.RunAsync();
