using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// ClickHouse over its HTTP interface with a plain <see cref="HttpClient"/>: one statement per request
/// (18.16 rejects multi-statement bodies), credentials in headers, <c>wait_end_of_query=1</c> so that a
/// query failing mid-way returns an error status instead of HTTP 200 with the error appended to the data.
/// </summary>
public sealed class ClickHouseClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client with its own HttpClient (no overall timeout: cancellation is by token).</summary>
    public ClickHouseClient(ClickHouseConnection connection)
        : this(connection, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, ownsHttp: true) { }

    /// <summary>Creates a client over a caller-owned HttpClient.</summary>
    public ClickHouseClient(ClickHouseConnection connection, HttpClient http) : this(connection, http, ownsHttp: false) { }

    private ClickHouseClient(ClickHouseConnection connection, HttpClient http, bool ownsHttp)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _ownsHttp = ownsHttp;
    }

    /// <summary>Where this client sends queries.</summary>
    public ClickHouseConnection Connection { get; }

    /// <summary>Returns a client for another server of the same cluster (same credentials, shared HttpClient).</summary>
    public ClickHouseClient ForServer(Uri url) =>
        new(new ClickHouseConnection(url, Connection.Cluster, Connection.User, Connection.Password, database: Connection.Database), _http, ownsHttp: false);

    /// <summary>Runs a statement that returns nothing of interest (DDL, INSERT ... SELECT).</summary>
    public async Task ExecuteAsync(string sql, IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        using var response = await SendAsync(sql, null, settings, ct).ConfigureAwait(false);
    }

    /// <summary>Runs a query and returns the whole response body as text.</summary>
    public async Task<string> QueryTextAsync(string sql, IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        using var response = await SendAsync(sql, null, settings, ct).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Runs a query returning one value in its first row and column.</summary>
    public async Task<string> QueryScalarAsync(string sql, CancellationToken ct = default)
    {
        var text = await QueryTextAsync(sql + "\nFORMAT TabSeparated", null, ct).ConfigureAwait(false);
        var end = text.IndexOfAny(['\t', '\n']);
        return TabSeparated.Unescape(end < 0 ? text : text[..end]);
    }

    /// <summary>Runs a query returning one integer.</summary>
    public async Task<long> QueryInt64Async(string sql, CancellationToken ct = default) =>
        long.Parse(await QueryScalarAsync(sql, ct).ConfigureAwait(false), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>
    /// Streams the rows of a query as unescaped TabSeparated fields without holding the result in memory.
    /// The same field array is reused between rows: copy what must outlive the iteration.
    /// </summary>
    public async IAsyncEnumerable<string?[]> QueryRowsAsync(
        string sql, IReadOnlyDictionary<string, string>? settings = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var response = await SendAsync(sql + "\nFORMAT TabSeparated", null, settings, ct).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string?[] fields = [];
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            fields = TabSeparated.Split(line, fields);
            yield return fields;
        }
    }

    /// <summary>
    /// Opens a forward-only reader over a query's rows with typed values (the result streams; it is not
    /// buffered client-side). Dispose the reader to release the connection.
    /// </summary>
    public async Task<System.Data.Common.DbDataReader> OpenReaderAsync(
        string sql, IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        var response = await SendAsync(sql + "\nFORMAT TabSeparatedWithNamesAndTypes", null, settings, ct).ConfigureAwait(false);
        try
        {
            return await ClickHouseDataReader.OpenAsync(response, ct).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Inserts data in the given input format (RowBinary, TabSeparated, ...) from a streamed body:
    /// the client never materialises it.
    /// </summary>
    public async Task InsertAsync(string table, string format, HttpContent body, IReadOnlyDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!IsPlainWord(format)) throw new ArgumentException($"Unknown input format '{format}'.", nameof(format));
        var sql = $"INSERT INTO {table} FORMAT {format}";
        using var response = await SendAsync(sql, body, settings, ct).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(string sql, HttpContent? body, IReadOnlyDictionary<string, string>? settings, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        // join_use_nulls and ALL strictness give LEFT JOIN the standard SQL meaning the shared feature SQL expects.
        // Generated SQL inlines model parameters (a full-covariance mixture of 10 components over 30 features is
        // 270 KB of unrolled terms), so the 256 KiB / 50,000-element parser limits are raised.
        var query = new StringBuilder("?wait_end_of_query=1&output_format_json_quote_64bit_integers=0&join_use_nulls=1&join_default_strictness=ALL"
            + "&max_query_size=16777216&max_ast_elements=1000000&max_expanded_ast_elements=1000000");
        if (Connection.Database is not null) query.Append("&database=").Append(Connection.Database);
        if (settings is not null)
        {
            foreach (var (name, value) in settings)
            {
                if (!IsPlainWord(name)) throw new ArgumentException($"Invalid ClickHouse setting name '{name}'.", nameof(settings));
                query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }
        // With a body (INSERT data) the statement goes in ?query=; otherwise the statement is the body.
        if (body is not null) query.Append("&query=").Append(Uri.EscapeDataString(sql));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Connection.Url, "/" + query))
        {
            Content = body ?? new StringContent(sql, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-ClickHouse-User", Connection.User);
        if (Connection.Password is not null) request.Headers.Add("X-ClickHouse-Key", Connection.Password);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"Cannot reach ClickHouse at {Connection.Url}: {e.Message}", e, e.StatusCode);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw ClickHouseException.FromResponse(response.StatusCode, text, sql);
        }
    }

    private static bool IsPlainWord(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
