using System.Text.Json.Serialization;
using GrainMarketing.FakePlatforms;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;
using GrainMarketing.FakePlatforms.Google;
using GrainMarketing.FakePlatforms.Meta;
using GrainMarketing.FakePlatforms.Snapchat;
using GrainMarketing.FakePlatforms.TikTok;

// Local stand-ins for the four ad platforms on one port, each under a prefix that plays its base URL:
// /meta, /google, /tiktok, /snapchat; /_fake is the tests' control API. Independent of src/ by design:
// the payloads are written here in each platform's own JSON, so a connector bug cannot hide behind a shared type.
//   dotnet run --project tools/FakePlatforms -- --urls http://127.0.0.1:8095
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOptions<FakeOptions>().BindConfiguration(FakeOptions.Section)
    .Validate(o => o.AccountsPerPlatform is >= 1 and <= 3 && o.Days >= 1 && o.CampaignsPerAccount >= 1, "FakePlatforms: AccountsPerPlatform 1-3, Days and CampaignsPerAccount at least 1")
    .ValidateOnStart();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AccountBook>();
builder.Services.AddSingleton<Restatements>();
builder.Services.AddSingleton<Ledger>();
builder.Services.AddSingleton<TokenStore>();
builder.Services.AddSingleton<AuthorizationCodes>();
builder.Services.AddSingleton<Throttle>();
builder.Services.AddSingleton<Gate>();
builder.Services.AddSingleton<RequestLog>();
builder.Services.AddSingleton<MetaReportRuns>();
builder.Services.AddHostedService<RestatementClock>();

var app = builder.Build();
var log = app.Services.GetRequiredService<RequestLog>();
app.Use(log.RecordAsync);
app.MapControl();
app.MapMeta();
app.MapGoogle();
app.MapTikTok();
app.MapSnapchat();
app.Run();
