namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>GET /models</c>.</summary>
/// <param name="Serving">The version this server answers with.</param>
/// <param name="Versions">Every known version, newest first.</param>
/// <param name="ScoreInputs">For each input kind <c>POST /score</c> accepts, its id column, known and required columns.</param>
public sealed record ModelListResponse(string Serving, IReadOnlyList<ModelResponse> Versions, IReadOnlyDictionary<string, ScoreColumnsResponse> ScoreInputs);
