using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>An audit entry's before or after values as short lines a person reads (<c>role: editor</c>), nested objects by dotted path.</summary>
public static class AuditChange
{
    public static IReadOnlyList<string> Lines(UntypedNode? values)
    {
        var lines = new List<string>();
        Add(lines, "", values);
        return lines;
    }

    private static void Add(List<string> lines, string path, UntypedNode? node)
    {
        if (node is UntypedObject record)
        {
            foreach (var (name, value) in record.GetValue())
            {
                Add(lines, path.Length == 0 ? name : $"{path}.{name}", value);
            }

            return;
        }

        if (node is null or UntypedNull && path.Length == 0)
        {
            return;
        }

        var text = Text(node);
        lines.Add(path.Length == 0 ? text : $"{path}: {text}");
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
