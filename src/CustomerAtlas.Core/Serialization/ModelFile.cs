using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Serialization;

/// <summary>
/// The versioned on-disk format of fitted models: a JSON envelope
/// <c>{"format":"customeratlas.model","formatVersion":1,"algorithm":"...","model":{...}}</c>.
/// Each algorithm registers the concrete model type for its name in
/// <see cref="ModelTypes"/>; the type must round-trip through System.Text.Json so that a
/// loaded model predicts exactly what the saved one did.
/// </summary>
public static class ModelFile
{
    /// <summary>Value of the envelope's "format" field.</summary>
    public const string FormatName = "customeratlas.model";

    /// <summary>Current format version; readers refuse newer versions.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        IncludeFields = false,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises <paramref name="model"/> into its envelope.</summary>
    public static JsonObject ToJson(IClusterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var type = ModelTypes.Resolve(model.Algorithm);
        return new JsonObject
        {
            ["format"] = FormatName,
            ["formatVersion"] = FormatVersion,
            ["algorithm"] = model.Algorithm,
            ["model"] = JsonSerializer.SerializeToNode(model, type, JsonOptions),
        };
    }

    /// <summary>Reads a model back from its envelope.</summary>
    public static IClusterModel FromJson(JsonNode envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if ((string?)envelope["format"] != FormatName)
        {
            throw new InvalidDataException($"Not a CustomerAtlas model (format field is '{envelope["format"]}').");
        }

        int version = (int?)envelope["formatVersion"] ?? 0;
        if (version < 1 || version > FormatVersion)
        {
            throw new InvalidDataException($"Model format version {version} is not supported (this build reads 1..{FormatVersion}).");
        }

        string algorithm = (string?)envelope["algorithm"]
            ?? throw new InvalidDataException("The model file has no 'algorithm' field.");
        var node = envelope["model"] ?? throw new InvalidDataException("The model file has no 'model' field.");
        return (IClusterModel)(node.Deserialize(ModelTypes.Resolve(algorithm), JsonOptions)
            ?? throw new InvalidDataException($"The '{algorithm}' model is empty."));
    }

    /// <summary>Writes the envelope to <paramref name="stream"/>.</summary>
    public static void Save(IClusterModel model, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream);
        ToJson(model).WriteTo(writer);
    }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    public static IClusterModel Load(Stream stream) =>
        FromJson(JsonNode.Parse(stream) ?? throw new InvalidDataException("The model file is empty."));
}
