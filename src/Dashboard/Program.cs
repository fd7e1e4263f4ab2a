using GrainMarketing.Dashboard;
using GrainMarketing.Dashboard.Components;
using GrainMarketing.Dashboard.Live;
using GrainMarketing.Dashboard.Sessions;
using GrainMarketing.Dashboard.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// scripts/run.sh and the tests run the build output, not a publish: serve the component library's and the
// framework's files from the build's manifest in every environment (a published app has no manifest, so this does nothing there).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddOptions<DashboardOptions>().Bind(builder.Configuration.GetSection(DashboardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddMemoryCache(cache => cache.SizeLimit = 100_000);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SessionTokens>();
builder.Services.AddSingleton<SessionAccessTokens>();
builder.Services.AddSingleton<SessionCookieEvents>();
builder.Services.AddSingleton<ApiClientFactory>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddTransient<ForwardedForHandler>();
builder.Services.AddHttpClient(ApiClientFactory.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).AddHttpMessageHandler<ForwardedForHandler>();
builder.Services.AddHttpClient(LiveFeed.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
builder.Services.AddScoped<SessionAuthentication>();
builder.Services.AddScoped(services => services.GetRequiredService<ApiClientFactory>().Create(services.GetRequiredService<SessionAuthentication>()));
builder.Services.AddScoped<LiveFeed>();
builder.Services.AddScoped<MyTenants>();
builder.Services.AddScoped<GrainMarketing.Dashboard.Insights.CompetitorFiles>();

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.Cookie.Name = "gm.session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.LoginPath = "/signin";
        cookie.AccessDeniedPath = "/signin";
        cookie.SlidingExpiration = true;
        cookie.EventsType = typeof(SessionCookieEvents);
    });
builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
    .Configure<IOptions<DashboardOptions>>((cookie, options) => cookie.ExpireTimeSpan = options.Value.SessionIdleTimeout);
builder.Services.AddAuthorization();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapGet("/health/ready", () => Results.Text("ready")).AllowAnonymous();
app.MapPost("/signout", async (HttpContext http, SessionAccessTokens tokens) =>
{
    await tokens.SignOutAsync(http.User.SessionIdOf(), http.RequestAborted);
    await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    return Results.LocalRedirect("/signin");
});
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
