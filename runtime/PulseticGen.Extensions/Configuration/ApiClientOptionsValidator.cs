using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PulseticGen.Runtime;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Checks one client's options and says which configuration key to fix. Messages name keys and hosts, never the
    /// token or a configured URL (either may carry a secret).
    /// </summary>
    internal sealed class ApiClientOptionsValidator : IValidateOptions<ApiClientOptions>
    {
        private static readonly TimeSpan LongestTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

        private readonly string _sectionName;
        private readonly string _clientName;
        private readonly ApiKeyScheme? _securityScheme;
        private readonly Uri _defaultBaseAddress;

        public ApiClientOptionsValidator(string optionsName, string sectionName, string clientName, ApiKeyScheme? securityScheme, Uri defaultBaseAddress)
        {
            OptionsName = optionsName;
            _sectionName = sectionName;
            _clientName = clientName;
            _securityScheme = securityScheme;
            _defaultBaseAddress = defaultBaseAddress;
        }

        /// <summary>The name of the options this validator checks; also how a second registration of the same client is found.</summary>
        public string OptionsName { get; }

        public ValidateOptionsResult Validate(string? name, ApiClientOptions options)
        {
            if (!string.Equals(name, OptionsName, StringComparison.Ordinal))
            {
                return ValidateOptionsResult.Skip;
            }

            var failures = new List<string>(options.ConfigurationErrors);
            if (_securityScheme is not null && options.UsesClientCredentials)
            {
                ValidateClientCredentials(options, failures);
            }
            else if (_securityScheme is not null)
            {
                ValidateToken(options.ApiToken, failures);
            }

            ValidateBaseAddress(options, failures);
            ValidateTimeout(options.Timeout, failures);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        private void ValidateToken(string? token, List<string> failures)
        {
            string key = Key(ApiClientConfigurationKeys.ApiToken);
            if (string.IsNullOrEmpty(token))
            {
                failures.Add(
                    $"{_clientName} has no API token. Set {key} in configuration (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}), " +
                    $"or set ApiToken in the configure callback of AddApiClient<{_clientName}>.");
                return;
            }

            try
            {
                // An empty parameter name keeps ArgumentException from appending "(Parameter '…')" to the reason.
                ApiToken.Validate(token, string.Empty);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{key} cannot be sent as the API token of {_clientName}: {exception.Message}");
            }
        }

        private void ValidateClientCredentials(ApiClientOptions options, List<string> failures)
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add($"{_clientName} has a client secret but no client id; set {Key(ApiClientConfigurationKeys.ClientId)}.");
            }

            if (string.IsNullOrEmpty(options.ClientSecret))
            {
                failures.Add($"{_clientName} has a client id but no client secret; set {Key(ApiClientConfigurationKeys.ClientSecret)}.");
            }

            string key = Key(ApiClientConfigurationKeys.TokenUrl);
            Uri? tokenUrl = options.TokenUrl ?? _securityScheme?.TokenUrl;
            if (tokenUrl is null)
            {
                failures.Add($"The specification of {_clientName} declares no OAuth 2.0 token endpoint; set {key}.");
            }
            else if (!tokenUrl.IsAbsoluteUri || (tokenUrl.Scheme != Uri.UriSchemeHttps && (tokenUrl.Scheme != Uri.UriSchemeHttp || (!tokenUrl.IsLoopback && !options.AllowInsecureHttp))))
            {
                failures.Add($"{key} must be an https URL (or http to a loopback host), since the client secret is sent to it.");
            }
        }

        private void ValidateBaseAddress(ApiClientOptions options, List<string> failures)
        {
            string key = Key(ApiClientConfigurationKeys.BaseAddress);
            Uri address = options.BaseAddress ?? _defaultBaseAddress;
            if (!address.IsAbsoluteUri)
            {
                failures.Add($"{key} must be an absolute URL, such as https://api.example.com/v1/.");
                return;
            }

            bool isHttps = string.Equals(address.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
            bool isHttp = string.Equals(address.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
            if (!isHttps && !isHttp)
            {
                failures.Add($"{key} must be an http or https URL; it uses '{address.Scheme}'.");
            }
            else if (isHttp && !address.IsLoopback && !options.AllowInsecureHttp)
            {
                string source = options.BaseAddress is null ? $"The default base address of {_clientName}" : key;
                failures.Add(
                    $"{source} uses plain http to '{address.Host}', which would send requests (and the API token) unencrypted. " +
                    $"Use an https address, or set {Key(ApiClientConfigurationKeys.AllowInsecureHttp)} to true if the network is trusted.");
            }
        }

        private void ValidateTimeout(TimeSpan timeout, List<string> failures)
        {
            if (timeout != System.Threading.Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout > LongestTimeout))
            {
                failures.Add($"{Key(ApiClientConfigurationKeys.Timeout)} must be positive and at most about 24.8 days (Int32.MaxValue milliseconds), or Timeout.InfiniteTimeSpan for none.");
            }
        }

        private string Key(string key) => ConfigurationPath.Combine(_sectionName, key);
    }
}
