using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The pinned axe-core (tools/a11y) run on a page against WCAG 2.1 A and AA: a serious or critical violation fails the test.</summary>
/// <remarks>
/// Labels for screen readers, names of buttons and links, ARIA use and colour contrast, on every page the browser tests
/// photograph. Left out, because the gap is MudBlazor's own and no page can close it: its popovers (the lists of menus and
/// selects, kept in the page while closed), and the rule that ARIA widgets be named (`aria-input-field-name`): MudSelect
/// draws a visible label but does not tie it to its combobox, nor name its list or the phone-width table's sort select.
/// Native inputs are still held to the `label` rule.
/// </remarks>
public static class AccessibilityAudit
{
    private static readonly Lazy<string> Engine = new(() =>
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "a11y", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"axe-core is not installed at {path}: run scripts/test.sh, or npm ci --prefix tools/a11y.");
        return File.ReadAllText(path);
    });

    public static async Task AssertPassesAsync(IPage page, string name)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Content = Engine.Value });
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run({ exclude: ['.mud-popover'] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules: { 'aria-input-field-name': { enabled: false } } })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.nodes.length}): ${v.help}; ` + v.nodes.slice(0, 3).map(n => n.html.slice(0, 160)
                    + (n.any[0]?.data?.contrastRatio ? ` (${n.any[0].data.fgColor} on ${n.any[0].data.bgColor}: ${n.any[0].data.contrastRatio})` : '')).join('; '))
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"The {name} page breaks accessibility rules:\n{string.Join('\n', found)}");
    }
}
