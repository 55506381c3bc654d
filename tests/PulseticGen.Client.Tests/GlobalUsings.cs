global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Net;
global using System.Net.Http;
global using System.Text.Json;
global using System.Threading;
global using System.Threading.Tasks;
global using Pulsetic;
global using PulseticGen.Runtime;
global using Xunit;

// Pulsetic.Monitor collides with System.Threading.Monitor as soon as both namespaces are imported.
global using Monitor = Pulsetic.Monitor;
