using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>A query that the ClickHouse server rejected, with the server's error code and message.</summary>
public sealed partial class ClickHouseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClickHouseException(int serverCode, HttpStatusCode status, string serverMessage, string sqlPreview)
        : base($"ClickHouse error {serverCode} (HTTP {(int)status}): {serverMessage}" +
               (sqlPreview.Length == 0 ? "" : $" [query: {sqlPreview}]"))
    {
        ServerCode = serverCode;
        Status = status;
        ServerMessage = serverMessage;
    }

    /// <summary>ClickHouse's numeric error code (e.g. 60 = unknown table, 62 = syntax error), 0 if the body had none.</summary>
    public int ServerCode { get; }
    /// <summary>HTTP status of the response.</summary>
    public HttpStatusCode Status { get; }
    /// <summary>The server's message without the "Code: N, e.displayText() =" wrapper.</summary>
    public string ServerMessage { get; }

    /// <summary>Well-known server codes this project reacts to.</summary>
    public static class Codes
    {
        /// <summary>UNKNOWN_TABLE.</summary>
        public const int UnknownTable = 60;
        /// <summary>SYNTAX_ERROR.</summary>
        public const int SyntaxError = 62;
        /// <summary>UNKNOWN_IDENTIFIER.</summary>
        public const int UnknownIdentifier = 47;
        /// <summary>REQUIRED_PASSWORD / WRONG_PASSWORD / UNKNOWN_USER.</summary>
        public static readonly int[] Authentication = [192, 193, 194];
    }

    /// <summary>Parses an error body of the form "Code: N, e.displayText() = DB::Exception: msg, e.what() = ...".</summary>
    internal static ClickHouseException FromResponse(HttpStatusCode status, string body, string sql)
    {
        var match = ErrorPattern().Match(body);
        int code = 0;
        string message = body.Trim();
        if (match.Success)
        {
            code = int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture);
            message = match.Groups["msg"].Value.Trim();
        }
        if (message.Length == 0) message = $"HTTP {(int)status} with an empty body";
        return new ClickHouseException(code, status, message, Preview(sql));
    }

    private static string Preview(string sql)
    {
        var oneLine = WhitespaceRun().Replace(sql, " ").Trim();
        return oneLine.Length <= 200 ? oneLine : oneLine[..200] + "...";
    }

    [GeneratedRegex(@"Code:\s*(?<code>\d+),\s*e\.displayText\(\)\s*=\s*(?:DB::Exception:\s*)?(?<msg>.*?)(?:,\s*e\.what\(\)\s*=.*)?\s*$", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
