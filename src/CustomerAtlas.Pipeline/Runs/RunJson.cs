using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerAtlas.Pipeline.Runs;

/// <summary>JSON settings of model.json and the other JSON files of a run (camelCase, enums as strings, NaN allowed).</summary>
public static class RunJson
{
    /// <summary>The shared options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
