using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>
/// An audit entry's change as short lines a person reads: for an update only the fields that changed (<c>role: viewer → editor</c>),
/// for a creation or removal every value; nested objects by dotted path.
/// </summary>
public static class AuditChange
{
    public static IReadOnlyList<string> Lines(UntypedNode? before, UntypedNode? after)
    {
        var was = Flatten(before);
        var now = Flatten(after);
        if (was.Count == 0 || now.Count == 0)
        {
            return [.. (now.Count == 0 ? was : now).Select(field => field.Key.Length == 0 ? field.Value : $"{field.Key}: {field.Value}")];
        }

        return [.. now.Keys.Union(was.Keys)
            .Where(name => was.GetValueOrDefault(name) != now.GetValueOrDefault(name))
            .Select(name => $"{name}: {was.GetValueOrDefault(name) ?? "none"} → {now.GetValueOrDefault(name) ?? "none"}")];
    }

    private static Dictionary<string, string> Flatten(UntypedNode? values)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(fields, "", values);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string path, UntypedNode? node)
    {
        if (node is UntypedObject record)
        {
            foreach (var (name, value) in record.GetValue())
            {
                Add(fields, path.Length == 0 ? name : $"{path}.{name}", value);
            }
        }
        else if (node is not (null or UntypedNull) || path.Length > 0)
        {
            fields[path] = Text(node);
        }
    }

    private static string Text(UntypedNode? node) => node switch
    {
        UntypedString text => text.GetValue() ?? "",
        UntypedBoolean flag => flag.GetValue() ? "yes" : "no",
        UntypedInteger number => number.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedLong number => number.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDouble number => number.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedFloat number => number.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDecimal number => number.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedArray list => "[" + string.Join(", ", list.GetValue().Select(Text)) + "]",
        UntypedObject record => "{" + string.Join(", ", record.GetValue().Select(field => $"{field.Key}: {Text(field.Value)}")) + "}",
        _ => "none",
    };
}
