using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Fills one client's <see cref="ApiClientOptions"/> from its configuration section, and makes the options monitor
    /// read them again after the configuration reloads. The keys are read by hand rather than with the configuration
    /// binder: there are four of them, and hand-reading needs no reflection (trimming, AOT).
    /// </summary>
    /// <remarks>
    /// A reload only drops the cached options; they are rebuilt, and validated, by the next request that asks for the
    /// token. An <see cref="IOptionsChangeTokenSource{TOptions}"/> would rebuild them inside the reload callback instead,
    /// so a reloaded bad token would throw <see cref="OptionsValidationException"/> into whatever reloaded the
    /// configuration (a file watcher, a secret store's polling loop) rather than fail the next call with a clear error.
    /// </remarks>
    internal sealed class ApiClientConfigurationReader : IConfigureNamedOptions<ApiClientOptions>, IDisposable
    {
        private readonly string _optionsName;
        private readonly string _sectionName;
        private readonly IConfiguration? _configuration;
        private readonly IDisposable? _reloadRegistration;

        public ApiClientConfigurationReader(string optionsName, string sectionName, IConfiguration? configuration, IOptionsMonitorCache<ApiClientOptions> cache)
        {
            _optionsName = optionsName;
            _sectionName = sectionName;
            _configuration = configuration;

            // Created with the options factory, so it listens before the first options are cached.
            _reloadRegistration = configuration is null
                ? null
                : ChangeToken.OnChange(configuration.GetReloadToken, () => cache.TryRemove(optionsName));
        }

        public void Dispose() => _reloadRegistration?.Dispose();

        public void Configure(ApiClientOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, ApiClientOptions options)
        {
            if (_configuration is null || !string.Equals(name, _optionsName, StringComparison.Ordinal))
            {
                return;
            }

            IConfigurationSection section = _configuration.GetSection(_sectionName);

            string? token = section[ApiClientConfigurationKeys.ApiToken];
            if (token is not null)
            {
                options.ApiToken = token;
            }

            options.ClientId = section[ApiClientConfigurationKeys.ClientId] ?? options.ClientId;
            options.ClientSecret = section[ApiClientConfigurationKeys.ClientSecret] ?? options.ClientSecret;
            string? scopes = section[ApiClientConfigurationKeys.Scopes];
            if (scopes is not null)
            {
                options.Scopes = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }

            string? tokenUrl = section[ApiClientConfigurationKeys.TokenUrl];
            if (!string.IsNullOrWhiteSpace(tokenUrl))
            {
                if (Uri.TryCreate(tokenUrl.Trim(), UriKind.Absolute, out Uri? address))
                {
                    options.TokenUrl = address;
                }
                else
                {
                    options.ConfigurationErrors.Add($"{Key(ApiClientConfigurationKeys.TokenUrl)} is not an absolute URL; write it like https://auth.example.com/oauth/token.");
                }
            }

            // The values are not echoed in errors: a URL may carry a credential in its user info or query.
            string? baseAddress = section[ApiClientConfigurationKeys.BaseAddress];
            if (!string.IsNullOrWhiteSpace(baseAddress))
            {
                if (Uri.TryCreate(baseAddress.Trim(), UriKind.Absolute, out Uri? address))
                {
                    options.BaseAddress = address;
                }
                else
                {
                    options.ConfigurationErrors.Add($"{Key(ApiClientConfigurationKeys.BaseAddress)} is not an absolute URL; write it like https://api.example.com/v1/.");
                }
            }

            string? timeout = section[ApiClientConfigurationKeys.Timeout];
            if (!string.IsNullOrWhiteSpace(timeout))
            {
                if (TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out TimeSpan value))
                {
                    options.Timeout = value;
                }
                else
                {
                    options.ConfigurationErrors.Add($"{Key(ApiClientConfigurationKeys.Timeout)} is not a time span; write it like 00:00:30 for 30 seconds.");
                }
            }

            string? autoIdempotencyKeys = section[ApiClientConfigurationKeys.AutoIdempotencyKeys];
            if (!string.IsNullOrWhiteSpace(autoIdempotencyKeys))
            {
                if (bool.TryParse(autoIdempotencyKeys, out bool value))
                {
                    options.AutoIdempotencyKeys = value;
                }
                else
                {
                    options.ConfigurationErrors.Add($"{Key(ApiClientConfigurationKeys.AutoIdempotencyKeys)} must be true or false.");
                }
            }

            string? allowInsecureHttp = section[ApiClientConfigurationKeys.AllowInsecureHttp];
            if (!string.IsNullOrWhiteSpace(allowInsecureHttp))
            {
                if (bool.TryParse(allowInsecureHttp, out bool value))
                {
                    options.AllowInsecureHttp = value;
                }
                else
                {
                    options.ConfigurationErrors.Add($"{Key(ApiClientConfigurationKeys.AllowInsecureHttp)} must be true or false.");
                }
            }
        }

        private string Key(string key) => ConfigurationPath.Combine(_sectionName, key);
    }
}
