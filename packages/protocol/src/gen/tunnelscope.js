// GENERATED — do not edit; run npm run gen:proto
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tunnelscope = $root.tunnelscope = (() => {

    /**
     * Namespace tunnelscope.
     * @exports tunnelscope
     * @namespace
     */
    const tunnelscope = {};

    tunnelscope.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof tunnelscope
         * @namespace
         */
        const v1 = {};

        v1.AgentHello = (function() {

            /**
             * Properties of an AgentHello.
             * @typedef {Object} tunnelscope.v1.AgentHello.$Properties
             * @property {string|null} [agentId] Agent id, 1-64 characters from [A-Za-z0-9_-]; also a NATS subject token and the
             * KV key, so it carries no dots, wildcards or whitespace.
             * @property {string|null} [version] Agent software version (semver, e.g. "0.1.0").
             * @property {string|null} [hostLabel] Operator-chosen label for the gateway (e.g. "dc1-gw-a"). Never the hostname or
             * anything read from the host: reports are shared, host names are not.
             * @property {Array.<tunnelscope.v1.AgentInterface.$Properties>|null} [interfaces] Interfaces the agent is configured to capture on.
             * @property {tunnelscope.v1.Capabilities.$Properties|null} [capabilities] What this agent can do.
             * @property {number|Long|null} [startedAtNs] When the agent process started (Unix ns). A new value means the agent restarted
             * and its Heartbeat.sequence started again at 1.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentHello.
             * @memberof tunnelscope.v1
             * @interface IAgentHello
             * @augments tunnelscope.v1.AgentHello.$Properties
             * @deprecated Use tunnelscope.v1.AgentHello.$Properties instead.
             */

            /**
             * Shape of an AgentHello.
             * @typedef {tunnelscope.v1.AgentHello.$Properties} tunnelscope.v1.AgentHello.$Shape
             */

            /**
             * Constructs a new AgentHello.
             * @memberof tunnelscope.v1
             * @classdesc Static description of an agent; it does not change while the agent process runs.
             * @constructor
             * @param {tunnelscope.v1.AgentHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentHello = function (properties) {
                this.interfaces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Agent id, 1-64 characters from [A-Za-z0-9_-]; also a NATS subject token and the
             * KV key, so it carries no dots, wildcards or whitespace.
             * @member {string} agentId
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.agentId = "";

            /**
             * Agent software version (semver, e.g. "0.1.0").
             * @member {string} version
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.version = "";

            /**
             * Operator-chosen label for the gateway (e.g. "dc1-gw-a"). Never the hostname or
             * anything read from the host: reports are shared, host names are not.
             * @member {string} hostLabel
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.hostLabel = "";

            /**
             * Interfaces the agent is configured to capture on.
             * @member {Array.<tunnelscope.v1.AgentInterface.$Properties>} interfaces
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.interfaces = $util.emptyArray;

            /**
             * What this agent can do.
             * @member {tunnelscope.v1.Capabilities.$Properties|null|undefined} capabilities
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.capabilities = null;

            /**
             * When the agent process started (Unix ns). A new value means the agent restarted
             * and its Heartbeat.sequence started again at 1.
             * @member {number|Long} startedAtNs
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.startedAtNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AgentHello instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {tunnelscope.v1.AgentHello.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.AgentHello} AgentHello instance
             * @type {{
             *   (properties: tunnelscope.v1.AgentHello.$Shape): tunnelscope.v1.AgentHello & tunnelscope.v1.AgentHello.$Shape;
             *   (properties?: tunnelscope.v1.AgentHello.$Properties): tunnelscope.v1.AgentHello;
             * }}
             */
            AgentHello.create = function(properties) {
                return new AgentHello(properties);
            };

            /**
             * Encodes the specified AgentHello message. Does not implicitly {@link tunnelscope.v1.AgentHello.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {tunnelscope.v1.AgentHello.$Properties} message AgentHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.hostLabel != null && $Object.hasOwnProperty.call(message, "hostLabel") && message.hostLabel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hostLabel);
                if (message.interfaces != null && message.interfaces.length)
                    for (let i = 0; i < message.interfaces.length; ++i)
                        $root.tunnelscope.v1.AgentInterface.encode(message.interfaces[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    $root.tunnelscope.v1.Capabilities.encode(message.capabilities, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.startedAtNs != null && $Object.hasOwnProperty.call(message, "startedAtNs") && (typeof message.startedAtNs === "object" ? message.startedAtNs.low || message.startedAtNs.high : message.startedAtNs !== 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).fixed64(message.startedAtNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentHello message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.AgentHello & tunnelscope.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.AgentHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostLabel = value;
                            else
                                delete message.hostLabel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.interfaces && message.interfaces.length))
                                message.interfaces = [];
                            message.interfaces.push($root.tunnelscope.v1.AgentInterface.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.capabilities = $root.tunnelscope.v1.Capabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.capabilities);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtNs = value;
                            else
                                delete message.startedAtNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AgentHello message.
             * @function verify
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentHello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.hostLabel != null && $Object.hasOwnProperty.call(message, "hostLabel"))
                    if (!$util.isString(message.hostLabel))
                        return "hostLabel: string expected";
                if (message.interfaces != null && $Object.hasOwnProperty.call(message, "interfaces")) {
                    if (!$Array.isArray(message.interfaces))
                        return "interfaces: array expected";
                    for (let i = 0; i < message.interfaces.length; ++i) {
                        let error = $root.tunnelscope.v1.AgentInterface.verify(message.interfaces[i], _depth + 1);
                        if (error)
                            return "interfaces." + error;
                    }
                }
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    let error = $root.tunnelscope.v1.Capabilities.verify(message.capabilities, _depth + 1);
                    if (error)
                        return "capabilities." + error;
                }
                if (message.startedAtNs != null && $Object.hasOwnProperty.call(message, "startedAtNs"))
                    if (!$util.isInteger(message.startedAtNs) && !(message.startedAtNs && $util.isInteger(message.startedAtNs.low) && $util.isInteger(message.startedAtNs.high)))
                        return "startedAtNs: integer|Long expected";
                return null;
            };

            /**
             * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.AgentHello} AgentHello
             */
            AgentHello.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.AgentHello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.AgentHello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.AgentHello();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.hostLabel != null)
                    if (typeof object.hostLabel !== "string" || object.hostLabel.length)
                        message.hostLabel = $String(object.hostLabel);
                if (object.interfaces) {
                    if (!$Array.isArray(object.interfaces))
                        throw $TypeError(".tunnelscope.v1.AgentHello.interfaces: array expected");
                    message.interfaces = $Array(object.interfaces.length);
                    for (let i = 0; i < object.interfaces.length; ++i) {
                        if (!$util.isObject(object.interfaces[i]))
                            throw $TypeError(".tunnelscope.v1.AgentHello.interfaces: object expected");
                        message.interfaces[i] = $root.tunnelscope.v1.AgentInterface.fromObject(object.interfaces[i], _depth + 1);
                    }
                }
                if (object.capabilities != null) {
                    if (!$util.isObject(object.capabilities))
                        throw $TypeError(".tunnelscope.v1.AgentHello.capabilities: object expected");
                    message.capabilities = $root.tunnelscope.v1.Capabilities.fromObject(object.capabilities, _depth + 1);
                }
                if (object.startedAtNs != null)
                    if (typeof object.startedAtNs === "object" ? object.startedAtNs.low || object.startedAtNs.high : $Number(object.startedAtNs) !== 0)
                        if ($util.Long)
                            message.startedAtNs = $util.Long.fromValue(object.startedAtNs, true);
                        else if (typeof object.startedAtNs === "string")
                            message.startedAtNs = $parseInt(object.startedAtNs, 10);
                        else if (typeof object.startedAtNs === "number")
                            message.startedAtNs = object.startedAtNs;
                        else if (typeof object.startedAtNs === "object")
                            message.startedAtNs = new $util.LongBits(object.startedAtNs.low >>> 0, object.startedAtNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {tunnelscope.v1.AgentHello} message AgentHello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentHello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.interfaces = [];
                if (options.defaults) {
                    object.agentId = "";
                    object.version = "";
                    object.hostLabel = "";
                    object.capabilities = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.hostLabel != null && $Object.hasOwnProperty.call(message, "hostLabel"))
                    object.hostLabel = message.hostLabel;
                if (message.interfaces && message.interfaces.length) {
                    object.interfaces = $Array(message.interfaces.length);
                    for (let j = 0; j < message.interfaces.length; ++j)
                        object.interfaces[j] = $root.tunnelscope.v1.AgentInterface.toObject(message.interfaces[j], options, _depth + 1);
                }
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = $root.tunnelscope.v1.Capabilities.toObject(message.capabilities, options, _depth + 1);
                if (message.startedAtNs != null && $Object.hasOwnProperty.call(message, "startedAtNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtNs = typeof message.startedAtNs === "number" ? $BigInt(message.startedAtNs) : $util.Long.fromBits(message.startedAtNs.low >>> 0, message.startedAtNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtNs === "number")
                        object.startedAtNs = options.longs === $String ? $String(message.startedAtNs) : message.startedAtNs;
                    else
                        object.startedAtNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtNs) : options.longs === $Number ? new $util.LongBits(message.startedAtNs.low >>> 0, message.startedAtNs.high >>> 0).toNumber(true) : message.startedAtNs;
                return object;
            };

            /**
             * Converts this AgentHello to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.AgentHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentHello.prototype.toJSON = function() {
                return AgentHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentHello
             * @function getTypeUrl
             * @memberof tunnelscope.v1.AgentHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.AgentHello";
            };

            return AgentHello;
        })();

        v1.AgentInterface = (function() {

            /**
             * Properties of an AgentInterface.
             * @typedef {Object} tunnelscope.v1.AgentInterface.$Properties
             * @property {string|null} [name] Interface name as the kernel knows it (e.g. "eth0", "vti0", "ipsec0", "any").
             * @property {tunnelscope.v1.Tap|null} [role] Which side of the gateway it captures.
             * @property {number|null} [ifindex] Kernel interface index; 0 when unknown (e.g. for "any").
             * @property {number|null} [mtu] Interface MTU in bytes; 0 when unknown.
             * @property {Array.<Uint8Array>|null} [addresses] Addresses configured on the interface, 4 or 16 bytes each, network order.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentInterface.
             * @memberof tunnelscope.v1
             * @interface IAgentInterface
             * @augments tunnelscope.v1.AgentInterface.$Properties
             * @deprecated Use tunnelscope.v1.AgentInterface.$Properties instead.
             */

            /**
             * Shape of an AgentInterface.
             * @typedef {tunnelscope.v1.AgentInterface.$Properties} tunnelscope.v1.AgentInterface.$Shape
             */

            /**
             * Constructs a new AgentInterface.
             * @memberof tunnelscope.v1
             * @classdesc One capture interface and its role.
             * @constructor
             * @param {tunnelscope.v1.AgentInterface.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentInterface = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Interface name as the kernel knows it (e.g. "eth0", "vti0", "ipsec0", "any").
             * @member {string} name
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             */
            AgentInterface.prototype.name = "";

            /**
             * Which side of the gateway it captures.
             * @member {tunnelscope.v1.Tap} role
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             */
            AgentInterface.prototype.role = 0;

            /**
             * Kernel interface index; 0 when unknown (e.g. for "any").
             * @member {number} ifindex
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             */
            AgentInterface.prototype.ifindex = 0;

            /**
             * Interface MTU in bytes; 0 when unknown.
             * @member {number} mtu
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             */
            AgentInterface.prototype.mtu = 0;

            /**
             * Addresses configured on the interface, 4 or 16 bytes each, network order.
             * @member {Array.<Uint8Array>} addresses
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             */
            AgentInterface.prototype.addresses = $util.emptyArray;

            /**
             * Creates a new AgentInterface instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {tunnelscope.v1.AgentInterface.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.AgentInterface} AgentInterface instance
             * @type {{
             *   (properties: tunnelscope.v1.AgentInterface.$Shape): tunnelscope.v1.AgentInterface & tunnelscope.v1.AgentInterface.$Shape;
             *   (properties?: tunnelscope.v1.AgentInterface.$Properties): tunnelscope.v1.AgentInterface;
             * }}
             */
            AgentInterface.create = function(properties) {
                return new AgentInterface(properties);
            };

            /**
             * Encodes the specified AgentInterface message. Does not implicitly {@link tunnelscope.v1.AgentInterface.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {tunnelscope.v1.AgentInterface.$Properties} message AgentInterface message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentInterface.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex") && message.ifindex !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ifindex);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mtu);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.addresses[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentInterface message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.AgentInterface & tunnelscope.v1.AgentInterface.$Shape} AgentInterface
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentInterface.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.AgentInterface();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ifindex = value;
                            else
                                delete message.ifindex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AgentInterface message.
             * @function verify
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentInterface.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    if (!$util.isInteger(message.ifindex))
                        return "ifindex: integer expected";
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    if (!$util.isInteger(message.mtu))
                        return "mtu: integer expected";
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i)
                        if (!(message.addresses[i] && typeof message.addresses[i].length === "number" || $util.isString(message.addresses[i])))
                            return "addresses: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates an AgentInterface message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.AgentInterface} AgentInterface
             */
            AgentInterface.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.AgentInterface)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.AgentInterface: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.AgentInterface();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.role !== 0 && (typeof object.role !== "string" || $root.tunnelscope.v1.Tap[object.role] !== 0))
                    switch (object.role) {
                    case "TAP_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "TAP_OUTER":
                    case 1:
                        message.role = 1;
                        break;
                    case "TAP_INNER":
                    case 2:
                        message.role = 2;
                        break;
                    case "TAP_TUNNEL":
                    case 3:
                        message.role = 3;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.ifindex != null)
                    if ($Number(object.ifindex) !== 0)
                        message.ifindex = object.ifindex >>> 0;
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".tunnelscope.v1.AgentInterface.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        if (typeof object.addresses[i] === "string")
                            $util.base64.decode(object.addresses[i], message.addresses[i] = $util.newBuffer($util.base64.length(object.addresses[i])), 0);
                        else if (object.addresses[i].length >= 0)
                            message.addresses[i] = object.addresses[i];
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentInterface message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {tunnelscope.v1.AgentInterface} message AgentInterface
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentInterface.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.addresses = [];
                if (options.defaults) {
                    object.name = "";
                    object.role = options.enums === $String ? "TAP_UNSPECIFIED" : 0;
                    object.ifindex = 0;
                    object.mtu = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.tunnelscope.v1.Tap[message.role] === $undefined ? message.role : $root.tunnelscope.v1.Tap[message.role] : message.role;
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    object.ifindex = message.ifindex;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = options.bytes === $String ? $util.base64.encode(message.addresses[j], 0, message.addresses[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.addresses[j]) : message.addresses[j];
                }
                return object;
            };

            /**
             * Converts this AgentInterface to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.AgentInterface
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentInterface.prototype.toJSON = function() {
                return AgentInterface.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentInterface
             * @function getTypeUrl
             * @memberof tunnelscope.v1.AgentInterface
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentInterface.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.AgentInterface";
            };

            return AgentInterface;
        })();

        /**
         * Capture backends (DESIGN §3).
         * @name tunnelscope.v1.CaptureBackend
         * @enum {number}
         * @property {number} CAPTURE_BACKEND_UNSPECIFIED=0 CAPTURE_BACKEND_UNSPECIFIED value
         * @property {number} CAPTURE_BACKEND_TCPDUMP=1 tcpdump writing a pcap stream: kernel BPF, both directions.
         * @property {number} CAPTURE_BACKEND_RAW_SOCKET=2 AF_PACKET/raw socket without an external binary: inbound only.
         * @property {number} CAPTURE_BACKEND_FILE_REPLAY=3 pcap/pcapng file replay (tests, offline analysis).
         */
        v1.CaptureBackend = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CAPTURE_BACKEND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CAPTURE_BACKEND_TCPDUMP"] = 1;
            values[valuesById[2] = "CAPTURE_BACKEND_RAW_SOCKET"] = 2;
            values[valuesById[3] = "CAPTURE_BACKEND_FILE_REPLAY"] = 3;
            return values;
        })();

        /**
         * Host collectors (DESIGN §3).
         * @name tunnelscope.v1.Collector
         * @enum {number}
         * @property {number} COLLECTOR_UNSPECIFIED=0 COLLECTOR_UNSPECIFIED value
         * @property {number} COLLECTOR_SNMP=1 proc/net/snmp (Ip, Tcp, Udp, Icmp counters).
         * @property {number} COLLECTOR_NETSTAT=2 proc/net/netstat (TcpExt, IpExt counters).
         * @property {number} COLLECTOR_XFRM_STAT=3 proc/net/xfrm_stat (XfrmIn* /XfrmOut* errors, including replay drops).
         * @property {number} COLLECTOR_SOFTIRQ=4 proc/softirqs and /proc/net/softnet_stat (NET_RX per CPU, backlog drops).
         * @property {number} COLLECTOR_IFACES=5 Interface counters and MTUs (/sys/class/net/* /statistics).
         * @property {number} COLLECTOR_SOCKETS=6 Socket buffer state of the analysed flows (ss -tmi).
         * @property {number} COLLECTOR_SYSCTLS=7 TCP/IP sysctls (tcp_rmem, rmem_max, ...).
         * @property {number} COLLECTOR_SAS=8 IPsec SAs and their counters (ip -s xfrm state).
         */
        v1.Collector = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COLLECTOR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COLLECTOR_SNMP"] = 1;
            values[valuesById[2] = "COLLECTOR_NETSTAT"] = 2;
            values[valuesById[3] = "COLLECTOR_XFRM_STAT"] = 3;
            values[valuesById[4] = "COLLECTOR_SOFTIRQ"] = 4;
            values[valuesById[5] = "COLLECTOR_IFACES"] = 5;
            values[valuesById[6] = "COLLECTOR_SOCKETS"] = 6;
            values[valuesById[7] = "COLLECTOR_SYSCTLS"] = 7;
            values[valuesById[8] = "COLLECTOR_SAS"] = 8;
            return values;
        })();

        v1.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @typedef {Object} tunnelscope.v1.Capabilities.$Properties
             * @property {Array.<tunnelscope.v1.CaptureBackend>|null} [captureBackends] Capture backends that work here, preferred first.
             * @property {Array.<tunnelscope.v1.Collector>|null} [collectors] Host collectors that work here.
             * @property {boolean|null} [pmtuProbe] The agent can send active probes (DF-set PMTU sweeps) and see ICMP
             * fragmentation-needed / packet-too-big replies.
             * @property {number|null} [maxSnaplen] Largest snaplen the agent accepts in a SessionCommand.start, in bytes.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capabilities.
             * @memberof tunnelscope.v1
             * @interface ICapabilities
             * @augments tunnelscope.v1.Capabilities.$Properties
             * @deprecated Use tunnelscope.v1.Capabilities.$Properties instead.
             */

            /**
             * Shape of a Capabilities.
             * @typedef {tunnelscope.v1.Capabilities.$Properties} tunnelscope.v1.Capabilities.$Shape
             */

            /**
             * Constructs a new Capabilities.
             * @memberof tunnelscope.v1
             * @classdesc What an agent can do on this host, as found at start-up (binaries present,
             * privileges held).
             * @constructor
             * @param {tunnelscope.v1.Capabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capabilities = function (properties) {
                this.captureBackends = [];
                this.collectors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capture backends that work here, preferred first.
             * @member {Array.<tunnelscope.v1.CaptureBackend>} captureBackends
             * @memberof tunnelscope.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.captureBackends = $util.emptyArray;

            /**
             * Host collectors that work here.
             * @member {Array.<tunnelscope.v1.Collector>} collectors
             * @memberof tunnelscope.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.collectors = $util.emptyArray;

            /**
             * The agent can send active probes (DF-set PMTU sweeps) and see ICMP
             * fragmentation-needed / packet-too-big replies.
             * @member {boolean} pmtuProbe
             * @memberof tunnelscope.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.pmtuProbe = false;

            /**
             * Largest snaplen the agent accepts in a SessionCommand.start, in bytes.
             * @member {number} maxSnaplen
             * @memberof tunnelscope.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.maxSnaplen = 0;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {tunnelscope.v1.Capabilities.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.Capabilities} Capabilities instance
             * @type {{
             *   (properties: tunnelscope.v1.Capabilities.$Shape): tunnelscope.v1.Capabilities & tunnelscope.v1.Capabilities.$Shape;
             *   (properties?: tunnelscope.v1.Capabilities.$Properties): tunnelscope.v1.Capabilities;
             * }}
             */
            Capabilities.create = function(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link tunnelscope.v1.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {tunnelscope.v1.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.captureBackends != null && message.captureBackends.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.captureBackends);
                if (message.collectors != null && message.collectors.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.collectors);
                if (message.pmtuProbe != null && $Object.hasOwnProperty.call(message, "pmtuProbe") && message.pmtuProbe !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.pmtuProbe);
                if (message.maxSnaplen != null && $Object.hasOwnProperty.call(message, "maxSnaplen") && message.maxSnaplen !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxSnaplen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Capabilities & tunnelscope.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.Capabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.captureBackends && message.captureBackends.length))
                                    message.captureBackends = [];
                                reader.int32s(message.captureBackends);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.captureBackends && message.captureBackends.length))
                                message.captureBackends = [];
                            message.captureBackends.push(reader.int32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.collectors && message.collectors.length))
                                    message.collectors = [];
                                reader.int32s(message.collectors);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.collectors && message.collectors.length))
                                message.collectors = [];
                            message.collectors.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pmtuProbe = value;
                            else
                                delete message.pmtuProbe;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxSnaplen = value;
                            else
                                delete message.maxSnaplen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.captureBackends != null && $Object.hasOwnProperty.call(message, "captureBackends")) {
                    if (!$Array.isArray(message.captureBackends))
                        return "captureBackends: array expected";
                    for (let i = 0; i < message.captureBackends.length; ++i)
                        if (typeof message.captureBackends[i] !== "number" || (message.captureBackends[i] | 0) !== message.captureBackends[i])
                            return "captureBackends: enum value[] expected";
                }
                if (message.collectors != null && $Object.hasOwnProperty.call(message, "collectors")) {
                    if (!$Array.isArray(message.collectors))
                        return "collectors: array expected";
                    for (let i = 0; i < message.collectors.length; ++i)
                        if (typeof message.collectors[i] !== "number" || (message.collectors[i] | 0) !== message.collectors[i])
                            return "collectors: enum value[] expected";
                }
                if (message.pmtuProbe != null && $Object.hasOwnProperty.call(message, "pmtuProbe"))
                    if (typeof message.pmtuProbe !== "boolean")
                        return "pmtuProbe: boolean expected";
                if (message.maxSnaplen != null && $Object.hasOwnProperty.call(message, "maxSnaplen"))
                    if (!$util.isInteger(message.maxSnaplen))
                        return "maxSnaplen: integer expected";
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.Capabilities} Capabilities
             */
            Capabilities.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.Capabilities: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.Capabilities();
                if (object.captureBackends) {
                    if (!$Array.isArray(object.captureBackends))
                        throw $TypeError(".tunnelscope.v1.Capabilities.captureBackends: array expected");
                    message.captureBackends = [];
                    for (let i = 0; i < object.captureBackends.length; ++i)
                        switch (object.captureBackends[i]) {
                        case "CAPTURE_BACKEND_UNSPECIFIED":
                        case 0:
                            message.captureBackends[message.captureBackends.length] = 0;
                            break;
                        case "CAPTURE_BACKEND_TCPDUMP":
                        case 1:
                            message.captureBackends[message.captureBackends.length] = 1;
                            break;
                        case "CAPTURE_BACKEND_RAW_SOCKET":
                        case 2:
                            message.captureBackends[message.captureBackends.length] = 2;
                            break;
                        case "CAPTURE_BACKEND_FILE_REPLAY":
                        case 3:
                            message.captureBackends[message.captureBackends.length] = 3;
                            break;
                        default:
                            if (typeof object.captureBackends[i] === "number" && (object.captureBackends[i] | 0) === object.captureBackends[i])
                                message.captureBackends[message.captureBackends.length] = object.captureBackends[i];
                        }
                }
                if (object.collectors) {
                    if (!$Array.isArray(object.collectors))
                        throw $TypeError(".tunnelscope.v1.Capabilities.collectors: array expected");
                    message.collectors = [];
                    for (let i = 0; i < object.collectors.length; ++i)
                        switch (object.collectors[i]) {
                        case "COLLECTOR_UNSPECIFIED":
                        case 0:
                            message.collectors[message.collectors.length] = 0;
                            break;
                        case "COLLECTOR_SNMP":
                        case 1:
                            message.collectors[message.collectors.length] = 1;
                            break;
                        case "COLLECTOR_NETSTAT":
                        case 2:
                            message.collectors[message.collectors.length] = 2;
                            break;
                        case "COLLECTOR_XFRM_STAT":
                        case 3:
                            message.collectors[message.collectors.length] = 3;
                            break;
                        case "COLLECTOR_SOFTIRQ":
                        case 4:
                            message.collectors[message.collectors.length] = 4;
                            break;
                        case "COLLECTOR_IFACES":
                        case 5:
                            message.collectors[message.collectors.length] = 5;
                            break;
                        case "COLLECTOR_SOCKETS":
                        case 6:
                            message.collectors[message.collectors.length] = 6;
                            break;
                        case "COLLECTOR_SYSCTLS":
                        case 7:
                            message.collectors[message.collectors.length] = 7;
                            break;
                        case "COLLECTOR_SAS":
                        case 8:
                            message.collectors[message.collectors.length] = 8;
                            break;
                        default:
                            if (typeof object.collectors[i] === "number" && (object.collectors[i] | 0) === object.collectors[i])
                                message.collectors[message.collectors.length] = object.collectors[i];
                        }
                }
                if (object.pmtuProbe != null)
                    if (object.pmtuProbe)
                        message.pmtuProbe = $Boolean(object.pmtuProbe);
                if (object.maxSnaplen != null)
                    if ($Number(object.maxSnaplen) !== 0)
                        message.maxSnaplen = object.maxSnaplen >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {tunnelscope.v1.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.captureBackends = [];
                    object.collectors = [];
                }
                if (options.defaults) {
                    object.pmtuProbe = false;
                    object.maxSnaplen = 0;
                }
                if (message.captureBackends && message.captureBackends.length) {
                    object.captureBackends = $Array(message.captureBackends.length);
                    for (let j = 0; j < message.captureBackends.length; ++j)
                        object.captureBackends[j] = options.enums === $String ? $root.tunnelscope.v1.CaptureBackend[message.captureBackends[j]] === $undefined ? message.captureBackends[j] : $root.tunnelscope.v1.CaptureBackend[message.captureBackends[j]] : message.captureBackends[j];
                }
                if (message.collectors && message.collectors.length) {
                    object.collectors = $Array(message.collectors.length);
                    for (let j = 0; j < message.collectors.length; ++j)
                        object.collectors[j] = options.enums === $String ? $root.tunnelscope.v1.Collector[message.collectors[j]] === $undefined ? message.collectors[j] : $root.tunnelscope.v1.Collector[message.collectors[j]] : message.collectors[j];
                }
                if (message.pmtuProbe != null && $Object.hasOwnProperty.call(message, "pmtuProbe"))
                    object.pmtuProbe = message.pmtuProbe;
                if (message.maxSnaplen != null && $Object.hasOwnProperty.call(message, "maxSnaplen"))
                    object.maxSnaplen = message.maxSnaplen;
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function() {
                return Capabilities.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capabilities
             * @function getTypeUrl
             * @memberof tunnelscope.v1.Capabilities
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capabilities.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.Capabilities";
            };

            return Capabilities;
        })();

        /**
         * Direction of an IPsec SA relative to this gateway.
         * @name tunnelscope.v1.SaDirection
         * @enum {number}
         * @property {number} SA_DIRECTION_UNSPECIFIED=0 SA_DIRECTION_UNSPECIFIED value
         * @property {number} SA_DIRECTION_IN=1 Decrypted here: ESP arrives on the outer side.
         * @property {number} SA_DIRECTION_OUT=2 Encrypted here: ESP leaves on the outer side.
         */
        v1.SaDirection = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SA_DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SA_DIRECTION_IN"] = 1;
            values[valuesById[2] = "SA_DIRECTION_OUT"] = 2;
            return values;
        })();

        v1.IpsecSa = (function() {

            /**
             * Properties of an IpsecSa.
             * @typedef {Object} tunnelscope.v1.IpsecSa.$Properties
             * @property {number|null} [spi] Security Parameter Index (host order value of the 32-bit wire field).
             * @property {Uint8Array|null} [srcAddr] Outer source address of the SA, 4 or 16 bytes.
             * @property {Uint8Array|null} [dstAddr] Outer destination address of the SA, 4 or 16 bytes.
             * @property {tunnelscope.v1.SaDirection|null} [direction] In (decrypted here) or out (encrypted here).
             * @property {number|null} [replayWindow] Anti-replay window size in packets; 0 = replay protection off.
             * @property {number|Long|null} [packets] Packets processed by the SA since it was installed (cumulative).
             * @property {number|Long|null} [bytes] Bytes processed by the SA since it was installed (cumulative).
             * @property {number|Long|null} [replayWindowDrops] Packets dropped because they fell outside (left of) the replay window (cumulative).
             * @property {number|Long|null} [replayDrops] Packets dropped as replays: sequence number already seen (cumulative).
             * @property {number|Long|null} [integrityFailures] Packets that failed integrity check (cumulative).
             * @property {boolean|null} [udpEncap] ESP is UDP-encapsulated (NAT traversal, port 4500).
             * @property {boolean|null} [esn] Extended sequence numbers (64-bit, RFC 4303 §2.2.1) are in use.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IpsecSa.
             * @memberof tunnelscope.v1
             * @interface IIpsecSa
             * @augments tunnelscope.v1.IpsecSa.$Properties
             * @deprecated Use tunnelscope.v1.IpsecSa.$Properties instead.
             */

            /**
             * Shape of an IpsecSa.
             * @typedef {tunnelscope.v1.IpsecSa.$Properties} tunnelscope.v1.IpsecSa.$Shape
             */

            /**
             * Constructs a new IpsecSa.
             * @memberof tunnelscope.v1
             * @classdesc One IPsec SA installed in the gateway's kernel, with its cumulative counters as the
             * kernel reports them (ip -s xfrm state).
             * @constructor
             * @param {tunnelscope.v1.IpsecSa.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IpsecSa = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Security Parameter Index (host order value of the 32-bit wire field).
             * @member {number} spi
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.spi = 0;

            /**
             * Outer source address of the SA, 4 or 16 bytes.
             * @member {Uint8Array} srcAddr
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.srcAddr = $util.newBuffer([]);

            /**
             * Outer destination address of the SA, 4 or 16 bytes.
             * @member {Uint8Array} dstAddr
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.dstAddr = $util.newBuffer([]);

            /**
             * In (decrypted here) or out (encrypted here).
             * @member {tunnelscope.v1.SaDirection} direction
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.direction = 0;

            /**
             * Anti-replay window size in packets; 0 = replay protection off.
             * @member {number} replayWindow
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.replayWindow = 0;

            /**
             * Packets processed by the SA since it was installed (cumulative).
             * @member {number|Long} packets
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Bytes processed by the SA since it was installed (cumulative).
             * @member {number|Long} bytes
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets dropped because they fell outside (left of) the replay window (cumulative).
             * @member {number|Long} replayWindowDrops
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.replayWindowDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets dropped as replays: sequence number already seen (cumulative).
             * @member {number|Long} replayDrops
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.replayDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets that failed integrity check (cumulative).
             * @member {number|Long} integrityFailures
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.integrityFailures = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ESP is UDP-encapsulated (NAT traversal, port 4500).
             * @member {boolean} udpEncap
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.udpEncap = false;

            /**
             * Extended sequence numbers (64-bit, RFC 4303 §2.2.1) are in use.
             * @member {boolean} esn
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             */
            IpsecSa.prototype.esn = false;

            /**
             * Creates a new IpsecSa instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {tunnelscope.v1.IpsecSa.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.IpsecSa} IpsecSa instance
             * @type {{
             *   (properties: tunnelscope.v1.IpsecSa.$Shape): tunnelscope.v1.IpsecSa & tunnelscope.v1.IpsecSa.$Shape;
             *   (properties?: tunnelscope.v1.IpsecSa.$Properties): tunnelscope.v1.IpsecSa;
             * }}
             */
            IpsecSa.create = function(properties) {
                return new IpsecSa(properties);
            };

            /**
             * Encodes the specified IpsecSa message. Does not implicitly {@link tunnelscope.v1.IpsecSa.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {tunnelscope.v1.IpsecSa.$Properties} message IpsecSa message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IpsecSa.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi") && message.spi !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.spi);
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr") && message.srcAddr.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.srcAddr);
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr") && message.dstAddr.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.dstAddr);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.direction);
                if (message.replayWindow != null && $Object.hasOwnProperty.call(message, "replayWindow") && message.replayWindow !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.replayWindow);
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.packets);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bytes);
                if (message.replayWindowDrops != null && $Object.hasOwnProperty.call(message, "replayWindowDrops") && (typeof message.replayWindowDrops === "object" ? message.replayWindowDrops.low || message.replayWindowDrops.high : message.replayWindowDrops !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.replayWindowDrops);
                if (message.replayDrops != null && $Object.hasOwnProperty.call(message, "replayDrops") && (typeof message.replayDrops === "object" ? message.replayDrops.low || message.replayDrops.high : message.replayDrops !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.replayDrops);
                if (message.integrityFailures != null && $Object.hasOwnProperty.call(message, "integrityFailures") && (typeof message.integrityFailures === "object" ? message.integrityFailures.low || message.integrityFailures.high : message.integrityFailures !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.integrityFailures);
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap") && message.udpEncap !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.udpEncap);
                if (message.esn != null && $Object.hasOwnProperty.call(message, "esn") && message.esn !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.esn);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IpsecSa message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.IpsecSa & tunnelscope.v1.IpsecSa.$Shape} IpsecSa
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IpsecSa.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.IpsecSa();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.spi = value;
                            else
                                delete message.spi;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcAddr = value;
                            else
                                delete message.srcAddr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstAddr = value;
                            else
                                delete message.dstAddr;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replayWindow = value;
                            else
                                delete message.replayWindow;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replayWindowDrops = value;
                            else
                                delete message.replayWindowDrops;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replayDrops = value;
                            else
                                delete message.replayDrops;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.integrityFailures = value;
                            else
                                delete message.integrityFailures;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.udpEncap = value;
                            else
                                delete message.udpEncap;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.esn = value;
                            else
                                delete message.esn;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an IpsecSa message.
             * @function verify
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IpsecSa.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    if (!$util.isInteger(message.spi))
                        return "spi: integer expected";
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    if (!(message.srcAddr && typeof message.srcAddr.length === "number" || $util.isString(message.srcAddr)))
                        return "srcAddr: buffer expected";
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    if (!(message.dstAddr && typeof message.dstAddr.length === "number" || $util.isString(message.dstAddr)))
                        return "dstAddr: buffer expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.replayWindow != null && $Object.hasOwnProperty.call(message, "replayWindow"))
                    if (!$util.isInteger(message.replayWindow))
                        return "replayWindow: integer expected";
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (!$util.isInteger(message.packets) && !(message.packets && $util.isInteger(message.packets.low) && $util.isInteger(message.packets.high)))
                        return "packets: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.replayWindowDrops != null && $Object.hasOwnProperty.call(message, "replayWindowDrops"))
                    if (!$util.isInteger(message.replayWindowDrops) && !(message.replayWindowDrops && $util.isInteger(message.replayWindowDrops.low) && $util.isInteger(message.replayWindowDrops.high)))
                        return "replayWindowDrops: integer|Long expected";
                if (message.replayDrops != null && $Object.hasOwnProperty.call(message, "replayDrops"))
                    if (!$util.isInteger(message.replayDrops) && !(message.replayDrops && $util.isInteger(message.replayDrops.low) && $util.isInteger(message.replayDrops.high)))
                        return "replayDrops: integer|Long expected";
                if (message.integrityFailures != null && $Object.hasOwnProperty.call(message, "integrityFailures"))
                    if (!$util.isInteger(message.integrityFailures) && !(message.integrityFailures && $util.isInteger(message.integrityFailures.low) && $util.isInteger(message.integrityFailures.high)))
                        return "integrityFailures: integer|Long expected";
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap"))
                    if (typeof message.udpEncap !== "boolean")
                        return "udpEncap: boolean expected";
                if (message.esn != null && $Object.hasOwnProperty.call(message, "esn"))
                    if (typeof message.esn !== "boolean")
                        return "esn: boolean expected";
                return null;
            };

            /**
             * Creates an IpsecSa message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.IpsecSa} IpsecSa
             */
            IpsecSa.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.IpsecSa)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.IpsecSa: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.IpsecSa();
                if (object.spi != null)
                    if ($Number(object.spi) !== 0)
                        message.spi = object.spi >>> 0;
                if (object.srcAddr != null)
                    if (object.srcAddr.length)
                        if (typeof object.srcAddr === "string")
                            $util.base64.decode(object.srcAddr, message.srcAddr = $util.newBuffer($util.base64.length(object.srcAddr)), 0);
                        else if (object.srcAddr.length >= 0)
                            message.srcAddr = object.srcAddr;
                if (object.dstAddr != null)
                    if (object.dstAddr.length)
                        if (typeof object.dstAddr === "string")
                            $util.base64.decode(object.dstAddr, message.dstAddr = $util.newBuffer($util.base64.length(object.dstAddr)), 0);
                        else if (object.dstAddr.length >= 0)
                            message.dstAddr = object.dstAddr;
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.tunnelscope.v1.SaDirection[object.direction] !== 0))
                    switch (object.direction) {
                    case "SA_DIRECTION_UNSPECIFIED":
                    case 0:
                        message.direction = 0;
                        break;
                    case "SA_DIRECTION_IN":
                    case 1:
                        message.direction = 1;
                        break;
                    case "SA_DIRECTION_OUT":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.replayWindow != null)
                    if ($Number(object.replayWindow) !== 0)
                        message.replayWindow = object.replayWindow >>> 0;
                if (object.packets != null)
                    if (typeof object.packets === "object" ? object.packets.low || object.packets.high : $Number(object.packets) !== 0)
                        if ($util.Long)
                            message.packets = $util.Long.fromValue(object.packets, true);
                        else if (typeof object.packets === "string")
                            message.packets = $parseInt(object.packets, 10);
                        else if (typeof object.packets === "number")
                            message.packets = object.packets;
                        else if (typeof object.packets === "object")
                            message.packets = new $util.LongBits(object.packets.low >>> 0, object.packets.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.replayWindowDrops != null)
                    if (typeof object.replayWindowDrops === "object" ? object.replayWindowDrops.low || object.replayWindowDrops.high : $Number(object.replayWindowDrops) !== 0)
                        if ($util.Long)
                            message.replayWindowDrops = $util.Long.fromValue(object.replayWindowDrops, true);
                        else if (typeof object.replayWindowDrops === "string")
                            message.replayWindowDrops = $parseInt(object.replayWindowDrops, 10);
                        else if (typeof object.replayWindowDrops === "number")
                            message.replayWindowDrops = object.replayWindowDrops;
                        else if (typeof object.replayWindowDrops === "object")
                            message.replayWindowDrops = new $util.LongBits(object.replayWindowDrops.low >>> 0, object.replayWindowDrops.high >>> 0).toNumber(true);
                if (object.replayDrops != null)
                    if (typeof object.replayDrops === "object" ? object.replayDrops.low || object.replayDrops.high : $Number(object.replayDrops) !== 0)
                        if ($util.Long)
                            message.replayDrops = $util.Long.fromValue(object.replayDrops, true);
                        else if (typeof object.replayDrops === "string")
                            message.replayDrops = $parseInt(object.replayDrops, 10);
                        else if (typeof object.replayDrops === "number")
                            message.replayDrops = object.replayDrops;
                        else if (typeof object.replayDrops === "object")
                            message.replayDrops = new $util.LongBits(object.replayDrops.low >>> 0, object.replayDrops.high >>> 0).toNumber(true);
                if (object.integrityFailures != null)
                    if (typeof object.integrityFailures === "object" ? object.integrityFailures.low || object.integrityFailures.high : $Number(object.integrityFailures) !== 0)
                        if ($util.Long)
                            message.integrityFailures = $util.Long.fromValue(object.integrityFailures, true);
                        else if (typeof object.integrityFailures === "string")
                            message.integrityFailures = $parseInt(object.integrityFailures, 10);
                        else if (typeof object.integrityFailures === "number")
                            message.integrityFailures = object.integrityFailures;
                        else if (typeof object.integrityFailures === "object")
                            message.integrityFailures = new $util.LongBits(object.integrityFailures.low >>> 0, object.integrityFailures.high >>> 0).toNumber(true);
                if (object.udpEncap != null)
                    if (object.udpEncap)
                        message.udpEncap = $Boolean(object.udpEncap);
                if (object.esn != null)
                    if (object.esn)
                        message.esn = $Boolean(object.esn);
                return message;
            };

            /**
             * Creates a plain object from an IpsecSa message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {tunnelscope.v1.IpsecSa} message IpsecSa
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IpsecSa.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spi = 0;
                    if (options.bytes === $String)
                        object.srcAddr = "";
                    else {
                        object.srcAddr = [];
                        if (options.bytes !== $Array)
                            object.srcAddr = $util.newBuffer(object.srcAddr);
                    }
                    if (options.bytes === $String)
                        object.dstAddr = "";
                    else {
                        object.dstAddr = [];
                        if (options.bytes !== $Array)
                            object.dstAddr = $util.newBuffer(object.dstAddr);
                    }
                    object.direction = options.enums === $String ? "SA_DIRECTION_UNSPECIFIED" : 0;
                    object.replayWindow = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replayWindowDrops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replayWindowDrops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replayDrops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replayDrops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.integrityFailures = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.integrityFailures = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.udpEncap = false;
                    object.esn = false;
                }
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    object.spi = message.spi;
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    object.srcAddr = options.bytes === $String ? $util.base64.encode(message.srcAddr, 0, message.srcAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.srcAddr) : message.srcAddr;
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    object.dstAddr = options.bytes === $String ? $util.base64.encode(message.dstAddr, 0, message.dstAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dstAddr) : message.dstAddr;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.tunnelscope.v1.SaDirection[message.direction] === $undefined ? message.direction : $root.tunnelscope.v1.SaDirection[message.direction] : message.direction;
                if (message.replayWindow != null && $Object.hasOwnProperty.call(message, "replayWindow"))
                    object.replayWindow = message.replayWindow;
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets = typeof message.packets === "number" ? $BigInt(message.packets) : $util.Long.fromBits(message.packets.low >>> 0, message.packets.high >>> 0, true).toBigInt();
                    else if (typeof message.packets === "number")
                        object.packets = options.longs === $String ? $String(message.packets) : message.packets;
                    else
                        object.packets = options.longs === $String ? $util.Long.prototype.toString.call(message.packets) : options.longs === $Number ? new $util.LongBits(message.packets.low >>> 0, message.packets.high >>> 0).toNumber(true) : message.packets;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.replayWindowDrops != null && $Object.hasOwnProperty.call(message, "replayWindowDrops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replayWindowDrops = typeof message.replayWindowDrops === "number" ? $BigInt(message.replayWindowDrops) : $util.Long.fromBits(message.replayWindowDrops.low >>> 0, message.replayWindowDrops.high >>> 0, true).toBigInt();
                    else if (typeof message.replayWindowDrops === "number")
                        object.replayWindowDrops = options.longs === $String ? $String(message.replayWindowDrops) : message.replayWindowDrops;
                    else
                        object.replayWindowDrops = options.longs === $String ? $util.Long.prototype.toString.call(message.replayWindowDrops) : options.longs === $Number ? new $util.LongBits(message.replayWindowDrops.low >>> 0, message.replayWindowDrops.high >>> 0).toNumber(true) : message.replayWindowDrops;
                if (message.replayDrops != null && $Object.hasOwnProperty.call(message, "replayDrops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replayDrops = typeof message.replayDrops === "number" ? $BigInt(message.replayDrops) : $util.Long.fromBits(message.replayDrops.low >>> 0, message.replayDrops.high >>> 0, true).toBigInt();
                    else if (typeof message.replayDrops === "number")
                        object.replayDrops = options.longs === $String ? $String(message.replayDrops) : message.replayDrops;
                    else
                        object.replayDrops = options.longs === $String ? $util.Long.prototype.toString.call(message.replayDrops) : options.longs === $Number ? new $util.LongBits(message.replayDrops.low >>> 0, message.replayDrops.high >>> 0).toNumber(true) : message.replayDrops;
                if (message.integrityFailures != null && $Object.hasOwnProperty.call(message, "integrityFailures"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.integrityFailures = typeof message.integrityFailures === "number" ? $BigInt(message.integrityFailures) : $util.Long.fromBits(message.integrityFailures.low >>> 0, message.integrityFailures.high >>> 0, true).toBigInt();
                    else if (typeof message.integrityFailures === "number")
                        object.integrityFailures = options.longs === $String ? $String(message.integrityFailures) : message.integrityFailures;
                    else
                        object.integrityFailures = options.longs === $String ? $util.Long.prototype.toString.call(message.integrityFailures) : options.longs === $Number ? new $util.LongBits(message.integrityFailures.low >>> 0, message.integrityFailures.high >>> 0).toNumber(true) : message.integrityFailures;
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap"))
                    object.udpEncap = message.udpEncap;
                if (message.esn != null && $Object.hasOwnProperty.call(message, "esn"))
                    object.esn = message.esn;
                return object;
            };

            /**
             * Converts this IpsecSa to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.IpsecSa
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IpsecSa.prototype.toJSON = function() {
                return IpsecSa.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IpsecSa
             * @function getTypeUrl
             * @memberof tunnelscope.v1.IpsecSa
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IpsecSa.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.IpsecSa";
            };

            return IpsecSa;
        })();

        /**
         * State of the host clock's synchronisation.
         * @name tunnelscope.v1.ClockSyncState
         * @enum {number}
         * @property {number} CLOCK_SYNC_STATE_UNSPECIFIED=0 CLOCK_SYNC_STATE_UNSPECIFIED value
         * @property {number} CLOCK_SYNC_STATE_SYNCHRONIZED=1 The kernel reports the clock synchronised (adjtimex STA_UNSYNC clear).
         * @property {number} CLOCK_SYNC_STATE_UNSYNCHRONIZED=2 The kernel reports the clock unsynchronised.
         */
        v1.ClockSyncState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLOCK_SYNC_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLOCK_SYNC_STATE_SYNCHRONIZED"] = 1;
            values[valuesById[2] = "CLOCK_SYNC_STATE_UNSYNCHRONIZED"] = 2;
            return values;
        })();

        v1.ClockSync = (function() {

            /**
             * Properties of a ClockSync.
             * @typedef {Object} tunnelscope.v1.ClockSync.$Properties
             * @property {tunnelscope.v1.ClockSyncState|null} [state] Synchronised or not.
             * @property {string|null} [source] Time daemon in use, if known ("chrony", "systemd-timesyncd", "ntpd", "ptp4l", "").
             * @property {number|Long|null} [estimatedErrorNs] Kernel estimate of the clock error (adjtimex esterror), in nanoseconds.
             * @property {number|Long|null} [maxErrorNs] Kernel bound on the clock error (adjtimex maxerror), in nanoseconds.
             * @property {number|Long|null} [offsetNs] Last offset to the time source the daemon measured (signed), in nanoseconds.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockSync.
             * @memberof tunnelscope.v1
             * @interface IClockSync
             * @augments tunnelscope.v1.ClockSync.$Properties
             * @deprecated Use tunnelscope.v1.ClockSync.$Properties instead.
             */

            /**
             * Shape of a ClockSync.
             * @typedef {tunnelscope.v1.ClockSync.$Properties} tunnelscope.v1.ClockSync.$Shape
             */

            /**
             * Constructs a new ClockSync.
             * @memberof tunnelscope.v1
             * @classdesc The host clock as the kernel and time daemon see it. The coordinator aligns the two
             * agents' clocks from the traffic itself; this is a hint and a sanity check.
             * @constructor
             * @param {tunnelscope.v1.ClockSync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockSync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Synchronised or not.
             * @member {tunnelscope.v1.ClockSyncState} state
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             */
            ClockSync.prototype.state = 0;

            /**
             * Time daemon in use, if known ("chrony", "systemd-timesyncd", "ntpd", "ptp4l", "").
             * @member {string} source
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             */
            ClockSync.prototype.source = "";

            /**
             * Kernel estimate of the clock error (adjtimex esterror), in nanoseconds.
             * @member {number|Long} estimatedErrorNs
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             */
            ClockSync.prototype.estimatedErrorNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Kernel bound on the clock error (adjtimex maxerror), in nanoseconds.
             * @member {number|Long} maxErrorNs
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             */
            ClockSync.prototype.maxErrorNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Last offset to the time source the daemon measured (signed), in nanoseconds.
             * @member {number|Long} offsetNs
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             */
            ClockSync.prototype.offsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ClockSync instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {tunnelscope.v1.ClockSync.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.ClockSync} ClockSync instance
             * @type {{
             *   (properties: tunnelscope.v1.ClockSync.$Shape): tunnelscope.v1.ClockSync & tunnelscope.v1.ClockSync.$Shape;
             *   (properties?: tunnelscope.v1.ClockSync.$Properties): tunnelscope.v1.ClockSync;
             * }}
             */
            ClockSync.create = function(properties) {
                return new ClockSync(properties);
            };

            /**
             * Encodes the specified ClockSync message. Does not implicitly {@link tunnelscope.v1.ClockSync.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {tunnelscope.v1.ClockSync.$Properties} message ClockSync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockSync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                if (message.estimatedErrorNs != null && $Object.hasOwnProperty.call(message, "estimatedErrorNs") && (typeof message.estimatedErrorNs === "object" ? message.estimatedErrorNs.low || message.estimatedErrorNs.high : message.estimatedErrorNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.estimatedErrorNs);
                if (message.maxErrorNs != null && $Object.hasOwnProperty.call(message, "maxErrorNs") && (typeof message.maxErrorNs === "object" ? message.maxErrorNs.low || message.maxErrorNs.high : message.maxErrorNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxErrorNs);
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs") && (typeof message.offsetNs === "object" ? message.offsetNs.low || message.offsetNs.high : message.offsetNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint64(message.offsetNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClockSync message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.ClockSync & tunnelscope.v1.ClockSync.$Shape} ClockSync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockSync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.ClockSync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.estimatedErrorNs = value;
                            else
                                delete message.estimatedErrorNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxErrorNs = value;
                            else
                                delete message.maxErrorNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offsetNs = value;
                            else
                                delete message.offsetNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ClockSync message.
             * @function verify
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockSync.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.estimatedErrorNs != null && $Object.hasOwnProperty.call(message, "estimatedErrorNs"))
                    if (!$util.isInteger(message.estimatedErrorNs) && !(message.estimatedErrorNs && $util.isInteger(message.estimatedErrorNs.low) && $util.isInteger(message.estimatedErrorNs.high)))
                        return "estimatedErrorNs: integer|Long expected";
                if (message.maxErrorNs != null && $Object.hasOwnProperty.call(message, "maxErrorNs"))
                    if (!$util.isInteger(message.maxErrorNs) && !(message.maxErrorNs && $util.isInteger(message.maxErrorNs.low) && $util.isInteger(message.maxErrorNs.high)))
                        return "maxErrorNs: integer|Long expected";
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs"))
                    if (!$util.isInteger(message.offsetNs) && !(message.offsetNs && $util.isInteger(message.offsetNs.low) && $util.isInteger(message.offsetNs.high)))
                        return "offsetNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a ClockSync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.ClockSync} ClockSync
             */
            ClockSync.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.ClockSync)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.ClockSync: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.ClockSync();
                if (object.state !== 0 && (typeof object.state !== "string" || $root.tunnelscope.v1.ClockSyncState[object.state] !== 0))
                    switch (object.state) {
                    case "CLOCK_SYNC_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "CLOCK_SYNC_STATE_SYNCHRONIZED":
                    case 1:
                        message.state = 1;
                        break;
                    case "CLOCK_SYNC_STATE_UNSYNCHRONIZED":
                    case 2:
                        message.state = 2;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.estimatedErrorNs != null)
                    if (typeof object.estimatedErrorNs === "object" ? object.estimatedErrorNs.low || object.estimatedErrorNs.high : $Number(object.estimatedErrorNs) !== 0)
                        if ($util.Long)
                            message.estimatedErrorNs = $util.Long.fromValue(object.estimatedErrorNs, true);
                        else if (typeof object.estimatedErrorNs === "string")
                            message.estimatedErrorNs = $parseInt(object.estimatedErrorNs, 10);
                        else if (typeof object.estimatedErrorNs === "number")
                            message.estimatedErrorNs = object.estimatedErrorNs;
                        else if (typeof object.estimatedErrorNs === "object")
                            message.estimatedErrorNs = new $util.LongBits(object.estimatedErrorNs.low >>> 0, object.estimatedErrorNs.high >>> 0).toNumber(true);
                if (object.maxErrorNs != null)
                    if (typeof object.maxErrorNs === "object" ? object.maxErrorNs.low || object.maxErrorNs.high : $Number(object.maxErrorNs) !== 0)
                        if ($util.Long)
                            message.maxErrorNs = $util.Long.fromValue(object.maxErrorNs, true);
                        else if (typeof object.maxErrorNs === "string")
                            message.maxErrorNs = $parseInt(object.maxErrorNs, 10);
                        else if (typeof object.maxErrorNs === "number")
                            message.maxErrorNs = object.maxErrorNs;
                        else if (typeof object.maxErrorNs === "object")
                            message.maxErrorNs = new $util.LongBits(object.maxErrorNs.low >>> 0, object.maxErrorNs.high >>> 0).toNumber(true);
                if (object.offsetNs != null)
                    if (typeof object.offsetNs === "object" ? object.offsetNs.low || object.offsetNs.high : $Number(object.offsetNs) !== 0)
                        if ($util.Long)
                            message.offsetNs = $util.Long.fromValue(object.offsetNs, false);
                        else if (typeof object.offsetNs === "string")
                            message.offsetNs = $parseInt(object.offsetNs, 10);
                        else if (typeof object.offsetNs === "number")
                            message.offsetNs = object.offsetNs;
                        else if (typeof object.offsetNs === "object")
                            message.offsetNs = new $util.LongBits(object.offsetNs.low >>> 0, object.offsetNs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ClockSync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {tunnelscope.v1.ClockSync} message ClockSync
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockSync.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.state = options.enums === $String ? "CLOCK_SYNC_STATE_UNSPECIFIED" : 0;
                    object.source = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.estimatedErrorNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.estimatedErrorNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxErrorNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxErrorNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offsetNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offsetNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.tunnelscope.v1.ClockSyncState[message.state] === $undefined ? message.state : $root.tunnelscope.v1.ClockSyncState[message.state] : message.state;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.estimatedErrorNs != null && $Object.hasOwnProperty.call(message, "estimatedErrorNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.estimatedErrorNs = typeof message.estimatedErrorNs === "number" ? $BigInt(message.estimatedErrorNs) : $util.Long.fromBits(message.estimatedErrorNs.low >>> 0, message.estimatedErrorNs.high >>> 0, true).toBigInt();
                    else if (typeof message.estimatedErrorNs === "number")
                        object.estimatedErrorNs = options.longs === $String ? $String(message.estimatedErrorNs) : message.estimatedErrorNs;
                    else
                        object.estimatedErrorNs = options.longs === $String ? $util.Long.prototype.toString.call(message.estimatedErrorNs) : options.longs === $Number ? new $util.LongBits(message.estimatedErrorNs.low >>> 0, message.estimatedErrorNs.high >>> 0).toNumber(true) : message.estimatedErrorNs;
                if (message.maxErrorNs != null && $Object.hasOwnProperty.call(message, "maxErrorNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxErrorNs = typeof message.maxErrorNs === "number" ? $BigInt(message.maxErrorNs) : $util.Long.fromBits(message.maxErrorNs.low >>> 0, message.maxErrorNs.high >>> 0, true).toBigInt();
                    else if (typeof message.maxErrorNs === "number")
                        object.maxErrorNs = options.longs === $String ? $String(message.maxErrorNs) : message.maxErrorNs;
                    else
                        object.maxErrorNs = options.longs === $String ? $util.Long.prototype.toString.call(message.maxErrorNs) : options.longs === $Number ? new $util.LongBits(message.maxErrorNs.low >>> 0, message.maxErrorNs.high >>> 0).toNumber(true) : message.maxErrorNs;
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offsetNs = typeof message.offsetNs === "number" ? $BigInt(message.offsetNs) : $util.Long.fromBits(message.offsetNs.low >>> 0, message.offsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.offsetNs === "number")
                        object.offsetNs = options.longs === $String ? $String(message.offsetNs) : message.offsetNs;
                    else
                        object.offsetNs = options.longs === $String ? $util.Long.prototype.toString.call(message.offsetNs) : options.longs === $Number ? new $util.LongBits(message.offsetNs.low >>> 0, message.offsetNs.high >>> 0).toNumber() : message.offsetNs;
                return object;
            };

            /**
             * Converts this ClockSync to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.ClockSync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockSync.prototype.toJSON = function() {
                return ClockSync.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockSync
             * @function getTypeUrl
             * @memberof tunnelscope.v1.ClockSync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockSync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.ClockSync";
            };

            return ClockSync;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} tunnelscope.v1.Heartbeat.$Properties
             * @property {tunnelscope.v1.AgentHello.$Properties|null} [hello] The agent's static description, repeated in every heartbeat so the KV entry is
             * self-contained.
             * @property {number|null} [sequence] 1 for the first heartbeat after started_at_ns, +1 for each following one.
             * @property {number|Long|null} [sentAtNs] When the heartbeat was built (Unix ns, agent clock).
             * @property {tunnelscope.v1.ClockSync.$Properties|null} [clock] Clock synchronisation state.
             * @property {Array.<tunnelscope.v1.IpsecSa.$Properties>|null} [sas] IPsec SAs installed now.
             * @property {Array.<string>|null} [activeSessionIds] Ids of the sessions the agent is capturing for now.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof tunnelscope.v1
             * @interface IHeartbeat
             * @augments tunnelscope.v1.Heartbeat.$Properties
             * @deprecated Use tunnelscope.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {tunnelscope.v1.Heartbeat.$Properties} tunnelscope.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof tunnelscope.v1
             * @classdesc Periodic liveness and state update; the value stored in the agents KV bucket.
             * @constructor
             * @param {tunnelscope.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                this.sas = [];
                this.activeSessionIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The agent's static description, repeated in every heartbeat so the KV entry is
             * self-contained.
             * @member {tunnelscope.v1.AgentHello.$Properties|null|undefined} hello
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.hello = null;

            /**
             * 1 for the first heartbeat after started_at_ns, +1 for each following one.
             * @member {number} sequence
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sequence = 0;

            /**
             * When the heartbeat was built (Unix ns, agent clock).
             * @member {number|Long} sentAtNs
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentAtNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Clock synchronisation state.
             * @member {tunnelscope.v1.ClockSync.$Properties|null|undefined} clock
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.clock = null;

            /**
             * IPsec SAs installed now.
             * @member {Array.<tunnelscope.v1.IpsecSa.$Properties>} sas
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sas = $util.emptyArray;

            /**
             * Ids of the sessions the agent is capturing for now.
             * @member {Array.<string>} activeSessionIds
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.activeSessionIds = $util.emptyArray;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {tunnelscope.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: tunnelscope.v1.Heartbeat.$Shape): tunnelscope.v1.Heartbeat & tunnelscope.v1.Heartbeat.$Shape;
             *   (properties?: tunnelscope.v1.Heartbeat.$Properties): tunnelscope.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link tunnelscope.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {tunnelscope.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.tunnelscope.v1.AgentHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sequence);
                if (message.sentAtNs != null && $Object.hasOwnProperty.call(message, "sentAtNs") && (typeof message.sentAtNs === "object" ? message.sentAtNs.low || message.sentAtNs.high : message.sentAtNs !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.sentAtNs);
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.tunnelscope.v1.ClockSync.encode(message.clock, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sas != null && message.sas.length)
                    for (let i = 0; i < message.sas.length; ++i)
                        $root.tunnelscope.v1.IpsecSa.encode(message.sas[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.activeSessionIds != null && message.activeSessionIds.length)
                    for (let i = 0; i < message.activeSessionIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.activeSessionIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Heartbeat & tunnelscope.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.tunnelscope.v1.AgentHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtNs = value;
                            else
                                delete message.sentAtNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.tunnelscope.v1.ClockSync.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sas && message.sas.length))
                                message.sas = [];
                            message.sas.push($root.tunnelscope.v1.IpsecSa.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.activeSessionIds && message.activeSessionIds.length))
                                message.activeSessionIds = [];
                            message.activeSessionIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    let error = $root.tunnelscope.v1.AgentHello.verify(message.hello, _depth + 1);
                    if (error)
                        return "hello." + error;
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence))
                        return "sequence: integer expected";
                if (message.sentAtNs != null && $Object.hasOwnProperty.call(message, "sentAtNs"))
                    if (!$util.isInteger(message.sentAtNs) && !(message.sentAtNs && $util.isInteger(message.sentAtNs.low) && $util.isInteger(message.sentAtNs.high)))
                        return "sentAtNs: integer|Long expected";
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock")) {
                    let error = $root.tunnelscope.v1.ClockSync.verify(message.clock, _depth + 1);
                    if (error)
                        return "clock." + error;
                }
                if (message.sas != null && $Object.hasOwnProperty.call(message, "sas")) {
                    if (!$Array.isArray(message.sas))
                        return "sas: array expected";
                    for (let i = 0; i < message.sas.length; ++i) {
                        let error = $root.tunnelscope.v1.IpsecSa.verify(message.sas[i], _depth + 1);
                        if (error)
                            return "sas." + error;
                    }
                }
                if (message.activeSessionIds != null && $Object.hasOwnProperty.call(message, "activeSessionIds")) {
                    if (!$Array.isArray(message.activeSessionIds))
                        return "activeSessionIds: array expected";
                    for (let i = 0; i < message.activeSessionIds.length; ++i)
                        if (!$util.isString(message.activeSessionIds[i]))
                            return "activeSessionIds: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.Heartbeat();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".tunnelscope.v1.Heartbeat.hello: object expected");
                    message.hello = $root.tunnelscope.v1.AgentHello.fromObject(object.hello, _depth + 1);
                }
                if (object.sequence != null)
                    if ($Number(object.sequence) !== 0)
                        message.sequence = object.sequence >>> 0;
                if (object.sentAtNs != null)
                    if (typeof object.sentAtNs === "object" ? object.sentAtNs.low || object.sentAtNs.high : $Number(object.sentAtNs) !== 0)
                        if ($util.Long)
                            message.sentAtNs = $util.Long.fromValue(object.sentAtNs, true);
                        else if (typeof object.sentAtNs === "string")
                            message.sentAtNs = $parseInt(object.sentAtNs, 10);
                        else if (typeof object.sentAtNs === "number")
                            message.sentAtNs = object.sentAtNs;
                        else if (typeof object.sentAtNs === "object")
                            message.sentAtNs = new $util.LongBits(object.sentAtNs.low >>> 0, object.sentAtNs.high >>> 0).toNumber(true);
                if (object.clock != null) {
                    if (!$util.isObject(object.clock))
                        throw $TypeError(".tunnelscope.v1.Heartbeat.clock: object expected");
                    message.clock = $root.tunnelscope.v1.ClockSync.fromObject(object.clock, _depth + 1);
                }
                if (object.sas) {
                    if (!$Array.isArray(object.sas))
                        throw $TypeError(".tunnelscope.v1.Heartbeat.sas: array expected");
                    message.sas = $Array(object.sas.length);
                    for (let i = 0; i < object.sas.length; ++i) {
                        if (!$util.isObject(object.sas[i]))
                            throw $TypeError(".tunnelscope.v1.Heartbeat.sas: object expected");
                        message.sas[i] = $root.tunnelscope.v1.IpsecSa.fromObject(object.sas[i], _depth + 1);
                    }
                }
                if (object.activeSessionIds) {
                    if (!$Array.isArray(object.activeSessionIds))
                        throw $TypeError(".tunnelscope.v1.Heartbeat.activeSessionIds: array expected");
                    message.activeSessionIds = $Array(object.activeSessionIds.length);
                    for (let i = 0; i < object.activeSessionIds.length; ++i)
                        message.activeSessionIds[i] = $String(object.activeSessionIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {tunnelscope.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.sas = [];
                    object.activeSessionIds = [];
                }
                if (options.defaults) {
                    object.hello = null;
                    object.sequence = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clock = null;
                }
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    object.hello = $root.tunnelscope.v1.AgentHello.toObject(message.hello, options, _depth + 1);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    object.sequence = message.sequence;
                if (message.sentAtNs != null && $Object.hasOwnProperty.call(message, "sentAtNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtNs = typeof message.sentAtNs === "number" ? $BigInt(message.sentAtNs) : $util.Long.fromBits(message.sentAtNs.low >>> 0, message.sentAtNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtNs === "number")
                        object.sentAtNs = options.longs === $String ? $String(message.sentAtNs) : message.sentAtNs;
                    else
                        object.sentAtNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtNs) : options.longs === $Number ? new $util.LongBits(message.sentAtNs.low >>> 0, message.sentAtNs.high >>> 0).toNumber(true) : message.sentAtNs;
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    object.clock = $root.tunnelscope.v1.ClockSync.toObject(message.clock, options, _depth + 1);
                if (message.sas && message.sas.length) {
                    object.sas = $Array(message.sas.length);
                    for (let j = 0; j < message.sas.length; ++j)
                        object.sas[j] = $root.tunnelscope.v1.IpsecSa.toObject(message.sas[j], options, _depth + 1);
                }
                if (message.activeSessionIds && message.activeSessionIds.length) {
                    object.activeSessionIds = $Array(message.activeSessionIds.length);
                    for (let j = 0; j < message.activeSessionIds.length; ++j)
                        object.activeSessionIds[j] = message.activeSessionIds[j];
                }
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof tunnelscope.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        /**
         * Which side of a gateway a capture point (tap) is on.
         * @name tunnelscope.v1.Tap
         * @enum {number}
         * @property {number} TAP_UNSPECIFIED=0 TAP_UNSPECIFIED value
         * @property {number} TAP_OUTER=1 The underlay side: ESP (IP protocol 50, or UDP 4500) between the two gateways.
         * @property {number} TAP_INNER=2 The cleartext side: the tunnelled TCP traffic between the LAN and the gateway.
         * @property {number} TAP_TUNNEL=3 The cleartext side as seen on a route-based tunnel device (vti, xfrmi, strongSwan's
         * ipsec0): packets about to be encrypted leave on it, decrypted ones arrive on it.
         * Only an interface's role says this (SummaryBatch.interfaces); digests and summaries
         * of such an interface keep tap = TAP_INNER, and TAP_INNER in an interface role then
         * means the site-LAN side.
         */
        v1.Tap = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TAP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TAP_OUTER"] = 1;
            values[valuesById[2] = "TAP_INNER"] = 2;
            values[valuesById[3] = "TAP_TUNNEL"] = 3;
            return values;
        })();

        v1.FlowKey = (function() {

            /**
             * Properties of a FlowKey.
             * @typedef {Object} tunnelscope.v1.FlowKey.$Properties
             * @property {Uint8Array|null} [srcAddr] Source IP address, 4 or 16 bytes, network order.
             * @property {Uint8Array|null} [dstAddr] Destination IP address, 4 or 16 bytes, network order.
             * @property {number|null} [srcPort] Source port (0..65535); 0 for protocols without ports.
             * @property {number|null} [dstPort] Destination port (0..65535); 0 for protocols without ports.
             * @property {number|null} [protocol] IP protocol number (6 = TCP, 17 = UDP, 50 = ESP).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowKey.
             * @memberof tunnelscope.v1
             * @interface IFlowKey
             * @augments tunnelscope.v1.FlowKey.$Properties
             * @deprecated Use tunnelscope.v1.FlowKey.$Properties instead.
             */

            /**
             * Shape of a FlowKey.
             * @typedef {tunnelscope.v1.FlowKey.$Properties} tunnelscope.v1.FlowKey.$Shape
             */

            /**
             * Constructs a new FlowKey.
             * @memberof tunnelscope.v1
             * @classdesc The 5-tuple of one direction of a flow, as seen on the wire at one tap.
             * @constructor
             * @param {tunnelscope.v1.FlowKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Source IP address, 4 or 16 bytes, network order.
             * @member {Uint8Array} srcAddr
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             */
            FlowKey.prototype.srcAddr = $util.newBuffer([]);

            /**
             * Destination IP address, 4 or 16 bytes, network order.
             * @member {Uint8Array} dstAddr
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             */
            FlowKey.prototype.dstAddr = $util.newBuffer([]);

            /**
             * Source port (0..65535); 0 for protocols without ports.
             * @member {number} srcPort
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             */
            FlowKey.prototype.srcPort = 0;

            /**
             * Destination port (0..65535); 0 for protocols without ports.
             * @member {number} dstPort
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             */
            FlowKey.prototype.dstPort = 0;

            /**
             * IP protocol number (6 = TCP, 17 = UDP, 50 = ESP).
             * @member {number} protocol
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             */
            FlowKey.prototype.protocol = 0;

            /**
             * Creates a new FlowKey instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {tunnelscope.v1.FlowKey.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.FlowKey} FlowKey instance
             * @type {{
             *   (properties: tunnelscope.v1.FlowKey.$Shape): tunnelscope.v1.FlowKey & tunnelscope.v1.FlowKey.$Shape;
             *   (properties?: tunnelscope.v1.FlowKey.$Properties): tunnelscope.v1.FlowKey;
             * }}
             */
            FlowKey.create = function(properties) {
                return new FlowKey(properties);
            };

            /**
             * Encodes the specified FlowKey message. Does not implicitly {@link tunnelscope.v1.FlowKey.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {tunnelscope.v1.FlowKey.$Properties} message FlowKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr") && message.srcAddr.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.srcAddr);
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr") && message.dstAddr.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.dstAddr);
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort") && message.srcPort !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.srcPort);
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort") && message.dstPort !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dstPort);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.protocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FlowKey message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowKey & tunnelscope.v1.FlowKey.$Shape} FlowKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.FlowKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcAddr = value;
                            else
                                delete message.srcAddr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstAddr = value;
                            else
                                delete message.dstAddr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.srcPort = value;
                            else
                                delete message.srcPort;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dstPort = value;
                            else
                                delete message.dstPort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FlowKey message.
             * @function verify
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlowKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    if (!(message.srcAddr && typeof message.srcAddr.length === "number" || $util.isString(message.srcAddr)))
                        return "srcAddr: buffer expected";
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    if (!(message.dstAddr && typeof message.dstAddr.length === "number" || $util.isString(message.dstAddr)))
                        return "dstAddr: buffer expected";
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    if (!$util.isInteger(message.srcPort))
                        return "srcPort: integer expected";
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    if (!$util.isInteger(message.dstPort))
                        return "dstPort: integer expected";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                return null;
            };

            /**
             * Creates a FlowKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.FlowKey} FlowKey
             */
            FlowKey.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.FlowKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.FlowKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.FlowKey();
                if (object.srcAddr != null)
                    if (object.srcAddr.length)
                        if (typeof object.srcAddr === "string")
                            $util.base64.decode(object.srcAddr, message.srcAddr = $util.newBuffer($util.base64.length(object.srcAddr)), 0);
                        else if (object.srcAddr.length >= 0)
                            message.srcAddr = object.srcAddr;
                if (object.dstAddr != null)
                    if (object.dstAddr.length)
                        if (typeof object.dstAddr === "string")
                            $util.base64.decode(object.dstAddr, message.dstAddr = $util.newBuffer($util.base64.length(object.dstAddr)), 0);
                        else if (object.dstAddr.length >= 0)
                            message.dstAddr = object.dstAddr;
                if (object.srcPort != null)
                    if ($Number(object.srcPort) !== 0)
                        message.srcPort = object.srcPort >>> 0;
                if (object.dstPort != null)
                    if ($Number(object.dstPort) !== 0)
                        message.dstPort = object.dstPort >>> 0;
                if (object.protocol != null)
                    if ($Number(object.protocol) !== 0)
                        message.protocol = object.protocol >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a FlowKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {tunnelscope.v1.FlowKey} message FlowKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlowKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.srcAddr = "";
                    else {
                        object.srcAddr = [];
                        if (options.bytes !== $Array)
                            object.srcAddr = $util.newBuffer(object.srcAddr);
                    }
                    if (options.bytes === $String)
                        object.dstAddr = "";
                    else {
                        object.dstAddr = [];
                        if (options.bytes !== $Array)
                            object.dstAddr = $util.newBuffer(object.dstAddr);
                    }
                    object.srcPort = 0;
                    object.dstPort = 0;
                    object.protocol = 0;
                }
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    object.srcAddr = options.bytes === $String ? $util.base64.encode(message.srcAddr, 0, message.srcAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.srcAddr) : message.srcAddr;
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    object.dstAddr = options.bytes === $String ? $util.base64.encode(message.dstAddr, 0, message.dstAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dstAddr) : message.dstAddr;
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    object.srcPort = message.srcPort;
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    object.dstPort = message.dstPort;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                return object;
            };

            /**
             * Converts this FlowKey to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.FlowKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlowKey.prototype.toJSON = function() {
                return FlowKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlowKey
             * @function getTypeUrl
             * @memberof tunnelscope.v1.FlowKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.FlowKey";
            };

            return FlowKey;
        })();

        /**
         * Where along the path the collapse is (DESIGN §5 `location`).
         * @name tunnelscope.v1.Location
         * @enum {number}
         * @property {number} LOCATION_UNSPECIFIED=0 LOCATION_UNSPECIFIED value
         * @property {number} LOCATION_SENDER_HOST=1 LOCATION_SENDER_HOST value
         * @property {number} LOCATION_SENDER_LAN=2 LOCATION_SENDER_LAN value
         * @property {number} LOCATION_SENDER_GATEWAY=3 LOCATION_SENDER_GATEWAY value
         * @property {number} LOCATION_UNDERLAY=4 LOCATION_UNDERLAY value
         * @property {number} LOCATION_RECEIVER_GATEWAY=5 LOCATION_RECEIVER_GATEWAY value
         * @property {number} LOCATION_RECEIVER_LAN=6 LOCATION_RECEIVER_LAN value
         * @property {number} LOCATION_RECEIVER_HOST=7 LOCATION_RECEIVER_HOST value
         * @property {number} LOCATION_NONE=8 Nothing collapses (cause healthy).
         */
        v1.Location = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_SENDER_HOST"] = 1;
            values[valuesById[2] = "LOCATION_SENDER_LAN"] = 2;
            values[valuesById[3] = "LOCATION_SENDER_GATEWAY"] = 3;
            values[valuesById[4] = "LOCATION_UNDERLAY"] = 4;
            values[valuesById[5] = "LOCATION_RECEIVER_GATEWAY"] = 5;
            values[valuesById[6] = "LOCATION_RECEIVER_LAN"] = 6;
            values[valuesById[7] = "LOCATION_RECEIVER_HOST"] = 7;
            values[valuesById[8] = "LOCATION_NONE"] = 8;
            return values;
        })();

        /**
         * Why the window collapses (DESIGN §5 `cause`).
         * @name tunnelscope.v1.Cause
         * @enum {number}
         * @property {number} CAUSE_UNSPECIFIED=0 CAUSE_UNSPECIFIED value
         * @property {number} CAUSE_RECEIVER_NOT_READING=1 The receiver advertises a zero window; nothing is lost.
         * @property {number} CAUSE_RECEIVE_BUFFER_LIMITED=2 The window never reaches zero, but its maximum caps throughput near window/RTT.
         * @property {number} CAUSE_UNDERLAY_LOSS=3 ESP sent at A.outer never reaches B.outer.
         * @property {number} CAUSE_REPLAY_WINDOW_DROPS=4 ESP reaches B.outer but the inner packet never leaves B: it arrived later than
         * the replay window allows.
         * @property {number} CAUSE_GATEWAY_OVERLOAD=5 Transit time through a gateway grows and/or packets die inside it without a
         * reorder pattern.
         * @property {number} CAUSE_MTU_BLACKHOLE=6 Packets above a size vanish in the path, smaller ones pass, no ICMP too-big
         * reaches the sender side.
         * @property {number} CAUSE_HEALTHY=7 Nothing collapses (location none).
         */
        v1.Cause = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CAUSE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CAUSE_RECEIVER_NOT_READING"] = 1;
            values[valuesById[2] = "CAUSE_RECEIVE_BUFFER_LIMITED"] = 2;
            values[valuesById[3] = "CAUSE_UNDERLAY_LOSS"] = 3;
            values[valuesById[4] = "CAUSE_REPLAY_WINDOW_DROPS"] = 4;
            values[valuesById[5] = "CAUSE_GATEWAY_OVERLOAD"] = 5;
            values[valuesById[6] = "CAUSE_MTU_BLACKHOLE"] = 6;
            values[valuesById[7] = "CAUSE_HEALTHY"] = 7;
            return values;
        })();

        /**
         * What limits a flow direction's throughput (DESIGN §5 `limitedBy`).
         * @name tunnelscope.v1.LimitedBy
         * @enum {number}
         * @property {number} LIMITED_BY_UNSPECIFIED=0 LIMITED_BY_UNSPECIFIED value
         * @property {number} LIMITED_BY_SENDER=1 The application sends less than the window allows.
         * @property {number} LIMITED_BY_RECEIVE_WINDOW=2 The receiver's advertised window.
         * @property {number} LIMITED_BY_NETWORK=3 Loss or a congestion window.
         * @property {number} LIMITED_BY_GATEWAY=4 A gateway (transit time, drops inside it).
         * @property {number} LIMITED_BY_UNKNOWN=5 Not determined.
         */
        v1.LimitedBy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LIMITED_BY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LIMITED_BY_SENDER"] = 1;
            values[valuesById[2] = "LIMITED_BY_RECEIVE_WINDOW"] = 2;
            values[valuesById[3] = "LIMITED_BY_NETWORK"] = 3;
            values[valuesById[4] = "LIMITED_BY_GATEWAY"] = 4;
            values[valuesById[5] = "LIMITED_BY_UNKNOWN"] = 5;
            return values;
        })();

        v1.Verdict = (function() {

            /**
             * Properties of a Verdict.
             * @typedef {Object} tunnelscope.v1.Verdict.$Properties
             * @property {tunnelscope.v1.Location|null} [location] Where the window collapses.
             * @property {tunnelscope.v1.Cause|null} [cause] Why.
             * @property {number|null} [confidence] How sure the engine is, 0..1.
             * @property {Array.<string>|null} [evidence] Human sentences with numbers that support the verdict.
             * @property {Array.<string>|null} [recommendations] Concrete, computed remedies (sysctl values, MSS clamp, replay window).
             * @property {tunnelscope.v1.LimitedBy|null} [limitedBy] What limits throughput (for the overall verdict: that of the worst flow direction).
             * @property {Array.<string>|null} [filters] Wireshark display filters that show the evidence.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Verdict.
             * @memberof tunnelscope.v1
             * @interface IVerdict
             * @augments tunnelscope.v1.Verdict.$Properties
             * @deprecated Use tunnelscope.v1.Verdict.$Properties instead.
             */

            /**
             * Shape of a Verdict.
             * @typedef {tunnelscope.v1.Verdict.$Properties} tunnelscope.v1.Verdict.$Shape
             */

            /**
             * Constructs a new Verdict.
             * @memberof tunnelscope.v1
             * @classdesc One verdict (DESIGN §5).
             * @constructor
             * @param {tunnelscope.v1.Verdict.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Verdict = function (properties) {
                this.evidence = [];
                this.recommendations = [];
                this.filters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Where the window collapses.
             * @member {tunnelscope.v1.Location} location
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.location = 0;

            /**
             * Why.
             * @member {tunnelscope.v1.Cause} cause
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.cause = 0;

            /**
             * How sure the engine is, 0..1.
             * @member {number} confidence
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.confidence = 0;

            /**
             * Human sentences with numbers that support the verdict.
             * @member {Array.<string>} evidence
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.evidence = $util.emptyArray;

            /**
             * Concrete, computed remedies (sysctl values, MSS clamp, replay window).
             * @member {Array.<string>} recommendations
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.recommendations = $util.emptyArray;

            /**
             * What limits throughput (for the overall verdict: that of the worst flow direction).
             * @member {tunnelscope.v1.LimitedBy} limitedBy
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.limitedBy = 0;

            /**
             * Wireshark display filters that show the evidence.
             * @member {Array.<string>} filters
             * @memberof tunnelscope.v1.Verdict
             * @instance
             */
            Verdict.prototype.filters = $util.emptyArray;

            /**
             * Creates a new Verdict instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {tunnelscope.v1.Verdict.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.Verdict} Verdict instance
             * @type {{
             *   (properties: tunnelscope.v1.Verdict.$Shape): tunnelscope.v1.Verdict & tunnelscope.v1.Verdict.$Shape;
             *   (properties?: tunnelscope.v1.Verdict.$Properties): tunnelscope.v1.Verdict;
             * }}
             */
            Verdict.create = function(properties) {
                return new Verdict(properties);
            };

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link tunnelscope.v1.Verdict.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {tunnelscope.v1.Verdict.$Properties} message Verdict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.location != null && $Object.hasOwnProperty.call(message, "location") && message.location !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.location);
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.cause);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.confidence);
                if (message.evidence != null && message.evidence.length)
                    for (let i = 0; i < message.evidence.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.evidence[i]);
                if (message.recommendations != null && message.recommendations.length)
                    for (let i = 0; i < message.recommendations.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.recommendations[i]);
                if (message.limitedBy != null && $Object.hasOwnProperty.call(message, "limitedBy") && message.limitedBy !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.limitedBy);
                if (message.filters != null && message.filters.length)
                    for (let i = 0; i < message.filters.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.filters[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Verdict & tunnelscope.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.Verdict();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.location = value;
                            else
                                delete message.location;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cause = value;
                            else
                                delete message.cause;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.evidence && message.evidence.length))
                                message.evidence = [];
                            message.evidence.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recommendations && message.recommendations.length))
                                message.recommendations = [];
                            message.recommendations.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.limitedBy = value;
                            else
                                delete message.limitedBy;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.filters && message.filters.length))
                                message.filters = [];
                            message.filters.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Verdict message.
             * @function verify
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Verdict.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    if (typeof message.location !== "number" || (message.location | 0) !== message.location)
                        return "location: enum value expected";
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    if (typeof message.cause !== "number" || (message.cause | 0) !== message.cause)
                        return "cause: enum value expected";
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence")) {
                    if (!$Array.isArray(message.evidence))
                        return "evidence: array expected";
                    for (let i = 0; i < message.evidence.length; ++i)
                        if (!$util.isString(message.evidence[i]))
                            return "evidence: string[] expected";
                }
                if (message.recommendations != null && $Object.hasOwnProperty.call(message, "recommendations")) {
                    if (!$Array.isArray(message.recommendations))
                        return "recommendations: array expected";
                    for (let i = 0; i < message.recommendations.length; ++i)
                        if (!$util.isString(message.recommendations[i]))
                            return "recommendations: string[] expected";
                }
                if (message.limitedBy != null && $Object.hasOwnProperty.call(message, "limitedBy"))
                    if (typeof message.limitedBy !== "number" || (message.limitedBy | 0) !== message.limitedBy)
                        return "limitedBy: enum value expected";
                if (message.filters != null && $Object.hasOwnProperty.call(message, "filters")) {
                    if (!$Array.isArray(message.filters))
                        return "filters: array expected";
                    for (let i = 0; i < message.filters.length; ++i)
                        if (!$util.isString(message.filters[i]))
                            return "filters: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Verdict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.Verdict} Verdict
             */
            Verdict.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.Verdict)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.Verdict: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.Verdict();
                if (object.location !== 0 && (typeof object.location !== "string" || $root.tunnelscope.v1.Location[object.location] !== 0))
                    switch (object.location) {
                    case "LOCATION_UNSPECIFIED":
                    case 0:
                        message.location = 0;
                        break;
                    case "LOCATION_SENDER_HOST":
                    case 1:
                        message.location = 1;
                        break;
                    case "LOCATION_SENDER_LAN":
                    case 2:
                        message.location = 2;
                        break;
                    case "LOCATION_SENDER_GATEWAY":
                    case 3:
                        message.location = 3;
                        break;
                    case "LOCATION_UNDERLAY":
                    case 4:
                        message.location = 4;
                        break;
                    case "LOCATION_RECEIVER_GATEWAY":
                    case 5:
                        message.location = 5;
                        break;
                    case "LOCATION_RECEIVER_LAN":
                    case 6:
                        message.location = 6;
                        break;
                    case "LOCATION_RECEIVER_HOST":
                    case 7:
                        message.location = 7;
                        break;
                    case "LOCATION_NONE":
                    case 8:
                        message.location = 8;
                        break;
                    default:
                        if (typeof object.location === "number" && (object.location | 0) === object.location)
                            message.location = object.location;
                    }
                if (object.cause !== 0 && (typeof object.cause !== "string" || $root.tunnelscope.v1.Cause[object.cause] !== 0))
                    switch (object.cause) {
                    case "CAUSE_UNSPECIFIED":
                    case 0:
                        message.cause = 0;
                        break;
                    case "CAUSE_RECEIVER_NOT_READING":
                    case 1:
                        message.cause = 1;
                        break;
                    case "CAUSE_RECEIVE_BUFFER_LIMITED":
                    case 2:
                        message.cause = 2;
                        break;
                    case "CAUSE_UNDERLAY_LOSS":
                    case 3:
                        message.cause = 3;
                        break;
                    case "CAUSE_REPLAY_WINDOW_DROPS":
                    case 4:
                        message.cause = 4;
                        break;
                    case "CAUSE_GATEWAY_OVERLOAD":
                    case 5:
                        message.cause = 5;
                        break;
                    case "CAUSE_MTU_BLACKHOLE":
                    case 6:
                        message.cause = 6;
                        break;
                    case "CAUSE_HEALTHY":
                    case 7:
                        message.cause = 7;
                        break;
                    default:
                        if (typeof object.cause === "number" && (object.cause | 0) === object.cause)
                            message.cause = object.cause;
                    }
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.evidence) {
                    if (!$Array.isArray(object.evidence))
                        throw $TypeError(".tunnelscope.v1.Verdict.evidence: array expected");
                    message.evidence = $Array(object.evidence.length);
                    for (let i = 0; i < object.evidence.length; ++i)
                        message.evidence[i] = $String(object.evidence[i]);
                }
                if (object.recommendations) {
                    if (!$Array.isArray(object.recommendations))
                        throw $TypeError(".tunnelscope.v1.Verdict.recommendations: array expected");
                    message.recommendations = $Array(object.recommendations.length);
                    for (let i = 0; i < object.recommendations.length; ++i)
                        message.recommendations[i] = $String(object.recommendations[i]);
                }
                if (object.limitedBy !== 0 && (typeof object.limitedBy !== "string" || $root.tunnelscope.v1.LimitedBy[object.limitedBy] !== 0))
                    switch (object.limitedBy) {
                    case "LIMITED_BY_UNSPECIFIED":
                    case 0:
                        message.limitedBy = 0;
                        break;
                    case "LIMITED_BY_SENDER":
                    case 1:
                        message.limitedBy = 1;
                        break;
                    case "LIMITED_BY_RECEIVE_WINDOW":
                    case 2:
                        message.limitedBy = 2;
                        break;
                    case "LIMITED_BY_NETWORK":
                    case 3:
                        message.limitedBy = 3;
                        break;
                    case "LIMITED_BY_GATEWAY":
                    case 4:
                        message.limitedBy = 4;
                        break;
                    case "LIMITED_BY_UNKNOWN":
                    case 5:
                        message.limitedBy = 5;
                        break;
                    default:
                        if (typeof object.limitedBy === "number" && (object.limitedBy | 0) === object.limitedBy)
                            message.limitedBy = object.limitedBy;
                    }
                if (object.filters) {
                    if (!$Array.isArray(object.filters))
                        throw $TypeError(".tunnelscope.v1.Verdict.filters: array expected");
                    message.filters = $Array(object.filters.length);
                    for (let i = 0; i < object.filters.length; ++i)
                        message.filters[i] = $String(object.filters[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Verdict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {tunnelscope.v1.Verdict} message Verdict
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Verdict.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.evidence = [];
                    object.recommendations = [];
                    object.filters = [];
                }
                if (options.defaults) {
                    object.location = options.enums === $String ? "LOCATION_UNSPECIFIED" : 0;
                    object.cause = options.enums === $String ? "CAUSE_UNSPECIFIED" : 0;
                    object.confidence = 0;
                    object.limitedBy = options.enums === $String ? "LIMITED_BY_UNSPECIFIED" : 0;
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = options.enums === $String ? $root.tunnelscope.v1.Location[message.location] === $undefined ? message.location : $root.tunnelscope.v1.Location[message.location] : message.location;
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    object.cause = options.enums === $String ? $root.tunnelscope.v1.Cause[message.cause] === $undefined ? message.cause : $root.tunnelscope.v1.Cause[message.cause] : message.cause;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.evidence && message.evidence.length) {
                    object.evidence = $Array(message.evidence.length);
                    for (let j = 0; j < message.evidence.length; ++j)
                        object.evidence[j] = message.evidence[j];
                }
                if (message.recommendations && message.recommendations.length) {
                    object.recommendations = $Array(message.recommendations.length);
                    for (let j = 0; j < message.recommendations.length; ++j)
                        object.recommendations[j] = message.recommendations[j];
                }
                if (message.limitedBy != null && $Object.hasOwnProperty.call(message, "limitedBy"))
                    object.limitedBy = options.enums === $String ? $root.tunnelscope.v1.LimitedBy[message.limitedBy] === $undefined ? message.limitedBy : $root.tunnelscope.v1.LimitedBy[message.limitedBy] : message.limitedBy;
                if (message.filters && message.filters.length) {
                    object.filters = $Array(message.filters.length);
                    for (let j = 0; j < message.filters.length; ++j)
                        object.filters[j] = message.filters[j];
                }
                return object;
            };

            /**
             * Converts this Verdict to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.Verdict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Verdict.prototype.toJSON = function() {
                return Verdict.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Verdict
             * @function getTypeUrl
             * @memberof tunnelscope.v1.Verdict
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Verdict.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.Verdict";
            };

            return Verdict;
        })();

        /**
         * The four capture points of a tunnel (DESIGN §2), A = sender side of the direction.
         * @name tunnelscope.v1.TapPoint
         * @enum {number}
         * @property {number} TAP_POINT_UNSPECIFIED=0 TAP_POINT_UNSPECIFIED value
         * @property {number} TAP_POINT_A_INNER=1 TAP_POINT_A_INNER value
         * @property {number} TAP_POINT_A_OUTER=2 TAP_POINT_A_OUTER value
         * @property {number} TAP_POINT_B_OUTER=3 TAP_POINT_B_OUTER value
         * @property {number} TAP_POINT_B_INNER=4 TAP_POINT_B_INNER value
         */
        v1.TapPoint = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TAP_POINT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TAP_POINT_A_INNER"] = 1;
            values[valuesById[2] = "TAP_POINT_A_OUTER"] = 2;
            values[valuesById[3] = "TAP_POINT_B_OUTER"] = 3;
            values[valuesById[4] = "TAP_POINT_B_INNER"] = 4;
            return values;
        })();

        v1.SegmentRow = (function() {

            /**
             * Properties of a SegmentRow.
             * @typedef {Object} tunnelscope.v1.SegmentRow.$Properties
             * @property {tunnelscope.v1.Location|null} [segment] The segment: LOCATION_SENDER_GATEWAY (A.inner → A.outer), LOCATION_UNDERLAY
             * (A.outer → B.outer) or LOCATION_RECEIVER_GATEWAY (B.outer → B.inner).
             * @property {tunnelscope.v1.TapPoint|null} [from] Tap the packets enter the segment at.
             * @property {tunnelscope.v1.TapPoint|null} [to] Tap they should leave it at.
             * @property {number|Long|null} [packetsIn] Packets (sampled digests) seen at `from`.
             * @property {number|Long|null} [packetsOut] Of those, packets seen at `to`.
             * @property {number|Long|null} [lost] Packets seen at `from`, never at `to`, although the capture went on long enough.
             * @property {number|null} [lossRatio] lost / packets_in, 0..1.
             * @property {number|Long|null} [reordered] Packets that left the segment in a different order than they entered it.
             * @property {number|null} [delayMinUs] One-way delay through the segment (clock offset applied), microseconds: min,
             * median, 90th percentile, max. 0 when nothing was matched.
             * @property {number|null} [delayP50Us] SegmentRow delayP50Us
             * @property {number|null} [delayP90Us] SegmentRow delayP90Us
             * @property {number|null} [delayMaxUs] SegmentRow delayMaxUs
             * @property {number|Long|null} [unknown] Packets whose fate is unknown: the capture ended before they could arrive.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SegmentRow.
             * @memberof tunnelscope.v1
             * @interface ISegmentRow
             * @augments tunnelscope.v1.SegmentRow.$Properties
             * @deprecated Use tunnelscope.v1.SegmentRow.$Properties instead.
             */

            /**
             * Shape of a SegmentRow.
             * @typedef {tunnelscope.v1.SegmentRow.$Properties} tunnelscope.v1.SegmentRow.$Shape
             */

            /**
             * Constructs a new SegmentRow.
             * @memberof tunnelscope.v1
             * @classdesc One row of the per-segment table: what happened to packets between two taps.
             * @constructor
             * @param {tunnelscope.v1.SegmentRow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SegmentRow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The segment: LOCATION_SENDER_GATEWAY (A.inner → A.outer), LOCATION_UNDERLAY
             * (A.outer → B.outer) or LOCATION_RECEIVER_GATEWAY (B.outer → B.inner).
             * @member {tunnelscope.v1.Location} segment
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.segment = 0;

            /**
             * Tap the packets enter the segment at.
             * @member {tunnelscope.v1.TapPoint} from
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.from = 0;

            /**
             * Tap they should leave it at.
             * @member {tunnelscope.v1.TapPoint} to
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.to = 0;

            /**
             * Packets (sampled digests) seen at `from`.
             * @member {number|Long} packetsIn
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.packetsIn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Of those, packets seen at `to`.
             * @member {number|Long} packetsOut
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.packetsOut = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets seen at `from`, never at `to`, although the capture went on long enough.
             * @member {number|Long} lost
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * lost / packets_in, 0..1.
             * @member {number} lossRatio
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.lossRatio = 0;

            /**
             * Packets that left the segment in a different order than they entered it.
             * @member {number|Long} reordered
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.reordered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * One-way delay through the segment (clock offset applied), microseconds: min,
             * median, 90th percentile, max. 0 when nothing was matched.
             * @member {number} delayMinUs
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.delayMinUs = 0;

            /**
             * SegmentRow delayP50Us.
             * @member {number} delayP50Us
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.delayP50Us = 0;

            /**
             * SegmentRow delayP90Us.
             * @member {number} delayP90Us
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.delayP90Us = 0;

            /**
             * SegmentRow delayMaxUs.
             * @member {number} delayMaxUs
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.delayMaxUs = 0;

            /**
             * Packets whose fate is unknown: the capture ended before they could arrive.
             * @member {number|Long} unknown
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             */
            SegmentRow.prototype.unknown = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SegmentRow instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {tunnelscope.v1.SegmentRow.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.SegmentRow} SegmentRow instance
             * @type {{
             *   (properties: tunnelscope.v1.SegmentRow.$Shape): tunnelscope.v1.SegmentRow & tunnelscope.v1.SegmentRow.$Shape;
             *   (properties?: tunnelscope.v1.SegmentRow.$Properties): tunnelscope.v1.SegmentRow;
             * }}
             */
            SegmentRow.create = function(properties) {
                return new SegmentRow(properties);
            };

            /**
             * Encodes the specified SegmentRow message. Does not implicitly {@link tunnelscope.v1.SegmentRow.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {tunnelscope.v1.SegmentRow.$Properties} message SegmentRow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentRow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.segment != null && $Object.hasOwnProperty.call(message, "segment") && message.segment !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.segment);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.to);
                if (message.packetsIn != null && $Object.hasOwnProperty.call(message, "packetsIn") && (typeof message.packetsIn === "object" ? message.packetsIn.low || message.packetsIn.high : message.packetsIn !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.packetsIn);
                if (message.packetsOut != null && $Object.hasOwnProperty.call(message, "packetsOut") && (typeof message.packetsOut === "object" ? message.packetsOut.low || message.packetsOut.high : message.packetsOut !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.packetsOut);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && (typeof message.lost === "object" ? message.lost.low || message.lost.high : message.lost !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lost);
                if (message.lossRatio != null && $Object.hasOwnProperty.call(message, "lossRatio") && !$Object.is(message.lossRatio, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.lossRatio);
                if (message.reordered != null && $Object.hasOwnProperty.call(message, "reordered") && (typeof message.reordered === "object" ? message.reordered.low || message.reordered.high : message.reordered !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.reordered);
                if (message.delayMinUs != null && $Object.hasOwnProperty.call(message, "delayMinUs") && message.delayMinUs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.delayMinUs);
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us") && message.delayP50Us !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.delayP50Us);
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us") && message.delayP90Us !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.delayP90Us);
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs") && message.delayMaxUs !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.delayMaxUs);
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown") && (typeof message.unknown === "object" ? message.unknown.low || message.unknown.high : message.unknown !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.unknown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SegmentRow message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SegmentRow & tunnelscope.v1.SegmentRow.$Shape} SegmentRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentRow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.SegmentRow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.segment = value;
                            else
                                delete message.segment;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packetsIn = value;
                            else
                                delete message.packetsIn;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packetsOut = value;
                            else
                                delete message.packetsOut;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lossRatio = value;
                            else
                                delete message.lossRatio;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.reordered = value;
                            else
                                delete message.reordered;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMinUs = value;
                            else
                                delete message.delayMinUs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayP50Us = value;
                            else
                                delete message.delayP50Us;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayP90Us = value;
                            else
                                delete message.delayP90Us;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMaxUs = value;
                            else
                                delete message.delayMaxUs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unknown = value;
                            else
                                delete message.unknown;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SegmentRow message.
             * @function verify
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentRow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                    if (typeof message.segment !== "number" || (message.segment | 0) !== message.segment)
                        return "segment: enum value expected";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (typeof message.from !== "number" || (message.from | 0) !== message.from)
                        return "from: enum value expected";
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (typeof message.to !== "number" || (message.to | 0) !== message.to)
                        return "to: enum value expected";
                if (message.packetsIn != null && $Object.hasOwnProperty.call(message, "packetsIn"))
                    if (!$util.isInteger(message.packetsIn) && !(message.packetsIn && $util.isInteger(message.packetsIn.low) && $util.isInteger(message.packetsIn.high)))
                        return "packetsIn: integer|Long expected";
                if (message.packetsOut != null && $Object.hasOwnProperty.call(message, "packetsOut"))
                    if (!$util.isInteger(message.packetsOut) && !(message.packetsOut && $util.isInteger(message.packetsOut.low) && $util.isInteger(message.packetsOut.high)))
                        return "packetsOut: integer|Long expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (!$util.isInteger(message.lost) && !(message.lost && $util.isInteger(message.lost.low) && $util.isInteger(message.lost.high)))
                        return "lost: integer|Long expected";
                if (message.lossRatio != null && $Object.hasOwnProperty.call(message, "lossRatio"))
                    if (typeof message.lossRatio !== "number")
                        return "lossRatio: number expected";
                if (message.reordered != null && $Object.hasOwnProperty.call(message, "reordered"))
                    if (!$util.isInteger(message.reordered) && !(message.reordered && $util.isInteger(message.reordered.low) && $util.isInteger(message.reordered.high)))
                        return "reordered: integer|Long expected";
                if (message.delayMinUs != null && $Object.hasOwnProperty.call(message, "delayMinUs"))
                    if (!$util.isInteger(message.delayMinUs))
                        return "delayMinUs: integer expected";
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us"))
                    if (!$util.isInteger(message.delayP50Us))
                        return "delayP50Us: integer expected";
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us"))
                    if (!$util.isInteger(message.delayP90Us))
                        return "delayP90Us: integer expected";
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs"))
                    if (!$util.isInteger(message.delayMaxUs))
                        return "delayMaxUs: integer expected";
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    if (!$util.isInteger(message.unknown) && !(message.unknown && $util.isInteger(message.unknown.low) && $util.isInteger(message.unknown.high)))
                        return "unknown: integer|Long expected";
                return null;
            };

            /**
             * Creates a SegmentRow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.SegmentRow} SegmentRow
             */
            SegmentRow.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.SegmentRow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.SegmentRow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.SegmentRow();
                if (object.segment !== 0 && (typeof object.segment !== "string" || $root.tunnelscope.v1.Location[object.segment] !== 0))
                    switch (object.segment) {
                    case "LOCATION_UNSPECIFIED":
                    case 0:
                        message.segment = 0;
                        break;
                    case "LOCATION_SENDER_HOST":
                    case 1:
                        message.segment = 1;
                        break;
                    case "LOCATION_SENDER_LAN":
                    case 2:
                        message.segment = 2;
                        break;
                    case "LOCATION_SENDER_GATEWAY":
                    case 3:
                        message.segment = 3;
                        break;
                    case "LOCATION_UNDERLAY":
                    case 4:
                        message.segment = 4;
                        break;
                    case "LOCATION_RECEIVER_GATEWAY":
                    case 5:
                        message.segment = 5;
                        break;
                    case "LOCATION_RECEIVER_LAN":
                    case 6:
                        message.segment = 6;
                        break;
                    case "LOCATION_RECEIVER_HOST":
                    case 7:
                        message.segment = 7;
                        break;
                    case "LOCATION_NONE":
                    case 8:
                        message.segment = 8;
                        break;
                    default:
                        if (typeof object.segment === "number" && (object.segment | 0) === object.segment)
                            message.segment = object.segment;
                    }
                if (object.from !== 0 && (typeof object.from !== "string" || $root.tunnelscope.v1.TapPoint[object.from] !== 0))
                    switch (object.from) {
                    case "TAP_POINT_UNSPECIFIED":
                    case 0:
                        message.from = 0;
                        break;
                    case "TAP_POINT_A_INNER":
                    case 1:
                        message.from = 1;
                        break;
                    case "TAP_POINT_A_OUTER":
                    case 2:
                        message.from = 2;
                        break;
                    case "TAP_POINT_B_OUTER":
                    case 3:
                        message.from = 3;
                        break;
                    case "TAP_POINT_B_INNER":
                    case 4:
                        message.from = 4;
                        break;
                    default:
                        if (typeof object.from === "number" && (object.from | 0) === object.from)
                            message.from = object.from;
                    }
                if (object.to !== 0 && (typeof object.to !== "string" || $root.tunnelscope.v1.TapPoint[object.to] !== 0))
                    switch (object.to) {
                    case "TAP_POINT_UNSPECIFIED":
                    case 0:
                        message.to = 0;
                        break;
                    case "TAP_POINT_A_INNER":
                    case 1:
                        message.to = 1;
                        break;
                    case "TAP_POINT_A_OUTER":
                    case 2:
                        message.to = 2;
                        break;
                    case "TAP_POINT_B_OUTER":
                    case 3:
                        message.to = 3;
                        break;
                    case "TAP_POINT_B_INNER":
                    case 4:
                        message.to = 4;
                        break;
                    default:
                        if (typeof object.to === "number" && (object.to | 0) === object.to)
                            message.to = object.to;
                    }
                if (object.packetsIn != null)
                    if (typeof object.packetsIn === "object" ? object.packetsIn.low || object.packetsIn.high : $Number(object.packetsIn) !== 0)
                        if ($util.Long)
                            message.packetsIn = $util.Long.fromValue(object.packetsIn, true);
                        else if (typeof object.packetsIn === "string")
                            message.packetsIn = $parseInt(object.packetsIn, 10);
                        else if (typeof object.packetsIn === "number")
                            message.packetsIn = object.packetsIn;
                        else if (typeof object.packetsIn === "object")
                            message.packetsIn = new $util.LongBits(object.packetsIn.low >>> 0, object.packetsIn.high >>> 0).toNumber(true);
                if (object.packetsOut != null)
                    if (typeof object.packetsOut === "object" ? object.packetsOut.low || object.packetsOut.high : $Number(object.packetsOut) !== 0)
                        if ($util.Long)
                            message.packetsOut = $util.Long.fromValue(object.packetsOut, true);
                        else if (typeof object.packetsOut === "string")
                            message.packetsOut = $parseInt(object.packetsOut, 10);
                        else if (typeof object.packetsOut === "number")
                            message.packetsOut = object.packetsOut;
                        else if (typeof object.packetsOut === "object")
                            message.packetsOut = new $util.LongBits(object.packetsOut.low >>> 0, object.packetsOut.high >>> 0).toNumber(true);
                if (object.lost != null)
                    if (typeof object.lost === "object" ? object.lost.low || object.lost.high : $Number(object.lost) !== 0)
                        if ($util.Long)
                            message.lost = $util.Long.fromValue(object.lost, true);
                        else if (typeof object.lost === "string")
                            message.lost = $parseInt(object.lost, 10);
                        else if (typeof object.lost === "number")
                            message.lost = object.lost;
                        else if (typeof object.lost === "object")
                            message.lost = new $util.LongBits(object.lost.low >>> 0, object.lost.high >>> 0).toNumber(true);
                if (object.lossRatio != null)
                    if (!$Object.is($Number(object.lossRatio), 0))
                        message.lossRatio = $Number(object.lossRatio);
                if (object.reordered != null)
                    if (typeof object.reordered === "object" ? object.reordered.low || object.reordered.high : $Number(object.reordered) !== 0)
                        if ($util.Long)
                            message.reordered = $util.Long.fromValue(object.reordered, true);
                        else if (typeof object.reordered === "string")
                            message.reordered = $parseInt(object.reordered, 10);
                        else if (typeof object.reordered === "number")
                            message.reordered = object.reordered;
                        else if (typeof object.reordered === "object")
                            message.reordered = new $util.LongBits(object.reordered.low >>> 0, object.reordered.high >>> 0).toNumber(true);
                if (object.delayMinUs != null)
                    if ($Number(object.delayMinUs) !== 0)
                        message.delayMinUs = object.delayMinUs >>> 0;
                if (object.delayP50Us != null)
                    if ($Number(object.delayP50Us) !== 0)
                        message.delayP50Us = object.delayP50Us >>> 0;
                if (object.delayP90Us != null)
                    if ($Number(object.delayP90Us) !== 0)
                        message.delayP90Us = object.delayP90Us >>> 0;
                if (object.delayMaxUs != null)
                    if ($Number(object.delayMaxUs) !== 0)
                        message.delayMaxUs = object.delayMaxUs >>> 0;
                if (object.unknown != null)
                    if (typeof object.unknown === "object" ? object.unknown.low || object.unknown.high : $Number(object.unknown) !== 0)
                        if ($util.Long)
                            message.unknown = $util.Long.fromValue(object.unknown, true);
                        else if (typeof object.unknown === "string")
                            message.unknown = $parseInt(object.unknown, 10);
                        else if (typeof object.unknown === "number")
                            message.unknown = object.unknown;
                        else if (typeof object.unknown === "object")
                            message.unknown = new $util.LongBits(object.unknown.low >>> 0, object.unknown.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SegmentRow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {tunnelscope.v1.SegmentRow} message SegmentRow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentRow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.segment = options.enums === $String ? "LOCATION_UNSPECIFIED" : 0;
                    object.from = options.enums === $String ? "TAP_POINT_UNSPECIFIED" : 0;
                    object.to = options.enums === $String ? "TAP_POINT_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packetsIn = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packetsIn = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packetsOut = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packetsOut = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lossRatio = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.reordered = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.reordered = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delayMinUs = 0;
                    object.delayP50Us = 0;
                    object.delayP90Us = 0;
                    object.delayMaxUs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unknown = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unknown = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                    object.segment = options.enums === $String ? $root.tunnelscope.v1.Location[message.segment] === $undefined ? message.segment : $root.tunnelscope.v1.Location[message.segment] : message.segment;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = options.enums === $String ? $root.tunnelscope.v1.TapPoint[message.from] === $undefined ? message.from : $root.tunnelscope.v1.TapPoint[message.from] : message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = options.enums === $String ? $root.tunnelscope.v1.TapPoint[message.to] === $undefined ? message.to : $root.tunnelscope.v1.TapPoint[message.to] : message.to;
                if (message.packetsIn != null && $Object.hasOwnProperty.call(message, "packetsIn"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packetsIn = typeof message.packetsIn === "number" ? $BigInt(message.packetsIn) : $util.Long.fromBits(message.packetsIn.low >>> 0, message.packetsIn.high >>> 0, true).toBigInt();
                    else if (typeof message.packetsIn === "number")
                        object.packetsIn = options.longs === $String ? $String(message.packetsIn) : message.packetsIn;
                    else
                        object.packetsIn = options.longs === $String ? $util.Long.prototype.toString.call(message.packetsIn) : options.longs === $Number ? new $util.LongBits(message.packetsIn.low >>> 0, message.packetsIn.high >>> 0).toNumber(true) : message.packetsIn;
                if (message.packetsOut != null && $Object.hasOwnProperty.call(message, "packetsOut"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packetsOut = typeof message.packetsOut === "number" ? $BigInt(message.packetsOut) : $util.Long.fromBits(message.packetsOut.low >>> 0, message.packetsOut.high >>> 0, true).toBigInt();
                    else if (typeof message.packetsOut === "number")
                        object.packetsOut = options.longs === $String ? $String(message.packetsOut) : message.packetsOut;
                    else
                        object.packetsOut = options.longs === $String ? $util.Long.prototype.toString.call(message.packetsOut) : options.longs === $Number ? new $util.LongBits(message.packetsOut.low >>> 0, message.packetsOut.high >>> 0).toNumber(true) : message.packetsOut;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lost = typeof message.lost === "number" ? $BigInt(message.lost) : $util.Long.fromBits(message.lost.low >>> 0, message.lost.high >>> 0, true).toBigInt();
                    else if (typeof message.lost === "number")
                        object.lost = options.longs === $String ? $String(message.lost) : message.lost;
                    else
                        object.lost = options.longs === $String ? $util.Long.prototype.toString.call(message.lost) : options.longs === $Number ? new $util.LongBits(message.lost.low >>> 0, message.lost.high >>> 0).toNumber(true) : message.lost;
                if (message.lossRatio != null && $Object.hasOwnProperty.call(message, "lossRatio"))
                    object.lossRatio = options.json && !$isFinite(message.lossRatio) ? $String(message.lossRatio) : message.lossRatio;
                if (message.reordered != null && $Object.hasOwnProperty.call(message, "reordered"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.reordered = typeof message.reordered === "number" ? $BigInt(message.reordered) : $util.Long.fromBits(message.reordered.low >>> 0, message.reordered.high >>> 0, true).toBigInt();
                    else if (typeof message.reordered === "number")
                        object.reordered = options.longs === $String ? $String(message.reordered) : message.reordered;
                    else
                        object.reordered = options.longs === $String ? $util.Long.prototype.toString.call(message.reordered) : options.longs === $Number ? new $util.LongBits(message.reordered.low >>> 0, message.reordered.high >>> 0).toNumber(true) : message.reordered;
                if (message.delayMinUs != null && $Object.hasOwnProperty.call(message, "delayMinUs"))
                    object.delayMinUs = message.delayMinUs;
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us"))
                    object.delayP50Us = message.delayP50Us;
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us"))
                    object.delayP90Us = message.delayP90Us;
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs"))
                    object.delayMaxUs = message.delayMaxUs;
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unknown = typeof message.unknown === "number" ? $BigInt(message.unknown) : $util.Long.fromBits(message.unknown.low >>> 0, message.unknown.high >>> 0, true).toBigInt();
                    else if (typeof message.unknown === "number")
                        object.unknown = options.longs === $String ? $String(message.unknown) : message.unknown;
                    else
                        object.unknown = options.longs === $String ? $util.Long.prototype.toString.call(message.unknown) : options.longs === $Number ? new $util.LongBits(message.unknown.low >>> 0, message.unknown.high >>> 0).toNumber(true) : message.unknown;
                return object;
            };

            /**
             * Converts this SegmentRow to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.SegmentRow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentRow.prototype.toJSON = function() {
                return SegmentRow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SegmentRow
             * @function getTypeUrl
             * @memberof tunnelscope.v1.SegmentRow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SegmentRow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.SegmentRow";
            };

            return SegmentRow;
        })();

        v1.ClockAlignment = (function() {

            /**
             * Properties of a ClockAlignment.
             * @typedef {Object} tunnelscope.v1.ClockAlignment.$Properties
             * @property {number|Long|null} [offsetNs] B's clock minus A's clock, in nanoseconds (signed).
             * @property {number|Long|null} [boundNs] The true offset is within offset_ns ± bound_ns.
             * @property {number|null} [samples] Matched packet pairs the estimate is based on.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockAlignment.
             * @memberof tunnelscope.v1
             * @interface IClockAlignment
             * @augments tunnelscope.v1.ClockAlignment.$Properties
             * @deprecated Use tunnelscope.v1.ClockAlignment.$Properties instead.
             */

            /**
             * Shape of a ClockAlignment.
             * @typedef {tunnelscope.v1.ClockAlignment.$Properties} tunnelscope.v1.ClockAlignment.$Shape
             */

            /**
             * Constructs a new ClockAlignment.
             * @memberof tunnelscope.v1
             * @classdesc The estimated offset between the two agents' clocks.
             * @constructor
             * @param {tunnelscope.v1.ClockAlignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockAlignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * B's clock minus A's clock, in nanoseconds (signed).
             * @member {number|Long} offsetNs
             * @memberof tunnelscope.v1.ClockAlignment
             * @instance
             */
            ClockAlignment.prototype.offsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * The true offset is within offset_ns ± bound_ns.
             * @member {number|Long} boundNs
             * @memberof tunnelscope.v1.ClockAlignment
             * @instance
             */
            ClockAlignment.prototype.boundNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Matched packet pairs the estimate is based on.
             * @member {number} samples
             * @memberof tunnelscope.v1.ClockAlignment
             * @instance
             */
            ClockAlignment.prototype.samples = 0;

            /**
             * Creates a new ClockAlignment instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {tunnelscope.v1.ClockAlignment.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.ClockAlignment} ClockAlignment instance
             * @type {{
             *   (properties: tunnelscope.v1.ClockAlignment.$Shape): tunnelscope.v1.ClockAlignment & tunnelscope.v1.ClockAlignment.$Shape;
             *   (properties?: tunnelscope.v1.ClockAlignment.$Properties): tunnelscope.v1.ClockAlignment;
             * }}
             */
            ClockAlignment.create = function(properties) {
                return new ClockAlignment(properties);
            };

            /**
             * Encodes the specified ClockAlignment message. Does not implicitly {@link tunnelscope.v1.ClockAlignment.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {tunnelscope.v1.ClockAlignment.$Properties} message ClockAlignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockAlignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs") && (typeof message.offsetNs === "object" ? message.offsetNs.low || message.offsetNs.high : message.offsetNs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.offsetNs);
                if (message.boundNs != null && $Object.hasOwnProperty.call(message, "boundNs") && (typeof message.boundNs === "object" ? message.boundNs.low || message.boundNs.high : message.boundNs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.boundNs);
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && message.samples !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.samples);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClockAlignment message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.ClockAlignment & tunnelscope.v1.ClockAlignment.$Shape} ClockAlignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockAlignment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.ClockAlignment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offsetNs = value;
                            else
                                delete message.offsetNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.boundNs = value;
                            else
                                delete message.boundNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.samples = value;
                            else
                                delete message.samples;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ClockAlignment message.
             * @function verify
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockAlignment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs"))
                    if (!$util.isInteger(message.offsetNs) && !(message.offsetNs && $util.isInteger(message.offsetNs.low) && $util.isInteger(message.offsetNs.high)))
                        return "offsetNs: integer|Long expected";
                if (message.boundNs != null && $Object.hasOwnProperty.call(message, "boundNs"))
                    if (!$util.isInteger(message.boundNs) && !(message.boundNs && $util.isInteger(message.boundNs.low) && $util.isInteger(message.boundNs.high)))
                        return "boundNs: integer|Long expected";
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                    if (!$util.isInteger(message.samples))
                        return "samples: integer expected";
                return null;
            };

            /**
             * Creates a ClockAlignment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.ClockAlignment} ClockAlignment
             */
            ClockAlignment.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.ClockAlignment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.ClockAlignment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.ClockAlignment();
                if (object.offsetNs != null)
                    if (typeof object.offsetNs === "object" ? object.offsetNs.low || object.offsetNs.high : $Number(object.offsetNs) !== 0)
                        if ($util.Long)
                            message.offsetNs = $util.Long.fromValue(object.offsetNs, false);
                        else if (typeof object.offsetNs === "string")
                            message.offsetNs = $parseInt(object.offsetNs, 10);
                        else if (typeof object.offsetNs === "number")
                            message.offsetNs = object.offsetNs;
                        else if (typeof object.offsetNs === "object")
                            message.offsetNs = new $util.LongBits(object.offsetNs.low >>> 0, object.offsetNs.high >>> 0).toNumber();
                if (object.boundNs != null)
                    if (typeof object.boundNs === "object" ? object.boundNs.low || object.boundNs.high : $Number(object.boundNs) !== 0)
                        if ($util.Long)
                            message.boundNs = $util.Long.fromValue(object.boundNs, true);
                        else if (typeof object.boundNs === "string")
                            message.boundNs = $parseInt(object.boundNs, 10);
                        else if (typeof object.boundNs === "number")
                            message.boundNs = object.boundNs;
                        else if (typeof object.boundNs === "object")
                            message.boundNs = new $util.LongBits(object.boundNs.low >>> 0, object.boundNs.high >>> 0).toNumber(true);
                if (object.samples != null)
                    if ($Number(object.samples) !== 0)
                        message.samples = object.samples >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ClockAlignment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {tunnelscope.v1.ClockAlignment} message ClockAlignment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockAlignment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offsetNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offsetNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.boundNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.boundNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.samples = 0;
                }
                if (message.offsetNs != null && $Object.hasOwnProperty.call(message, "offsetNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offsetNs = typeof message.offsetNs === "number" ? $BigInt(message.offsetNs) : $util.Long.fromBits(message.offsetNs.low >>> 0, message.offsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.offsetNs === "number")
                        object.offsetNs = options.longs === $String ? $String(message.offsetNs) : message.offsetNs;
                    else
                        object.offsetNs = options.longs === $String ? $util.Long.prototype.toString.call(message.offsetNs) : options.longs === $Number ? new $util.LongBits(message.offsetNs.low >>> 0, message.offsetNs.high >>> 0).toNumber() : message.offsetNs;
                if (message.boundNs != null && $Object.hasOwnProperty.call(message, "boundNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.boundNs = typeof message.boundNs === "number" ? $BigInt(message.boundNs) : $util.Long.fromBits(message.boundNs.low >>> 0, message.boundNs.high >>> 0, true).toBigInt();
                    else if (typeof message.boundNs === "number")
                        object.boundNs = options.longs === $String ? $String(message.boundNs) : message.boundNs;
                    else
                        object.boundNs = options.longs === $String ? $util.Long.prototype.toString.call(message.boundNs) : options.longs === $Number ? new $util.LongBits(message.boundNs.low >>> 0, message.boundNs.high >>> 0).toNumber(true) : message.boundNs;
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                    object.samples = message.samples;
                return object;
            };

            /**
             * Converts this ClockAlignment to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.ClockAlignment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockAlignment.prototype.toJSON = function() {
                return ClockAlignment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockAlignment
             * @function getTypeUrl
             * @memberof tunnelscope.v1.ClockAlignment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockAlignment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.ClockAlignment";
            };

            return ClockAlignment;
        })();

        v1.FlowDirectionReport = (function() {

            /**
             * Properties of a FlowDirectionReport.
             * @typedef {Object} tunnelscope.v1.FlowDirectionReport.$Properties
             * @property {tunnelscope.v1.FlowKey.$Properties|null} [flow] The direction's 5-tuple as seen on the inner side (src = sender).
             * @property {string|null} [senderAgentId] Agent id on the sender's side (A for this direction).
             * @property {string|null} [receiverAgentId] Agent id on the receiver's side (B for this direction).
             * @property {tunnelscope.v1.Verdict.$Properties|null} [verdict] The direction's verdict, including its limited_by.
             * @property {Array.<tunnelscope.v1.SegmentRow.$Properties>|null} [segments] Per-segment table for this direction.
             * @property {number|null} [throughputBps] Mean payload throughput over the session, bits per second.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowDirectionReport.
             * @memberof tunnelscope.v1
             * @interface IFlowDirectionReport
             * @augments tunnelscope.v1.FlowDirectionReport.$Properties
             * @deprecated Use tunnelscope.v1.FlowDirectionReport.$Properties instead.
             */

            /**
             * Shape of a FlowDirectionReport.
             * @typedef {tunnelscope.v1.FlowDirectionReport.$Properties} tunnelscope.v1.FlowDirectionReport.$Shape
             */

            /**
             * Constructs a new FlowDirectionReport.
             * @memberof tunnelscope.v1
             * @classdesc The report's view of one analysed flow direction.
             * @constructor
             * @param {tunnelscope.v1.FlowDirectionReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowDirectionReport = function (properties) {
                this.segments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The direction's 5-tuple as seen on the inner side (src = sender).
             * @member {tunnelscope.v1.FlowKey.$Properties|null|undefined} flow
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.flow = null;

            /**
             * Agent id on the sender's side (A for this direction).
             * @member {string} senderAgentId
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.senderAgentId = "";

            /**
             * Agent id on the receiver's side (B for this direction).
             * @member {string} receiverAgentId
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.receiverAgentId = "";

            /**
             * The direction's verdict, including its limited_by.
             * @member {tunnelscope.v1.Verdict.$Properties|null|undefined} verdict
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.verdict = null;

            /**
             * Per-segment table for this direction.
             * @member {Array.<tunnelscope.v1.SegmentRow.$Properties>} segments
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.segments = $util.emptyArray;

            /**
             * Mean payload throughput over the session, bits per second.
             * @member {number} throughputBps
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             */
            FlowDirectionReport.prototype.throughputBps = 0;

            /**
             * Creates a new FlowDirectionReport instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {tunnelscope.v1.FlowDirectionReport.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.FlowDirectionReport} FlowDirectionReport instance
             * @type {{
             *   (properties: tunnelscope.v1.FlowDirectionReport.$Shape): tunnelscope.v1.FlowDirectionReport & tunnelscope.v1.FlowDirectionReport.$Shape;
             *   (properties?: tunnelscope.v1.FlowDirectionReport.$Properties): tunnelscope.v1.FlowDirectionReport;
             * }}
             */
            FlowDirectionReport.create = function(properties) {
                return new FlowDirectionReport(properties);
            };

            /**
             * Encodes the specified FlowDirectionReport message. Does not implicitly {@link tunnelscope.v1.FlowDirectionReport.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {tunnelscope.v1.FlowDirectionReport.$Properties} message FlowDirectionReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowDirectionReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow"))
                    $root.tunnelscope.v1.FlowKey.encode(message.flow, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.senderAgentId != null && $Object.hasOwnProperty.call(message, "senderAgentId") && message.senderAgentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderAgentId);
                if (message.receiverAgentId != null && $Object.hasOwnProperty.call(message, "receiverAgentId") && message.receiverAgentId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.receiverAgentId);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    $root.tunnelscope.v1.Verdict.encode(message.verdict, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.segments != null && message.segments.length)
                    for (let i = 0; i < message.segments.length; ++i)
                        $root.tunnelscope.v1.SegmentRow.encode(message.segments[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.throughputBps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FlowDirectionReport message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowDirectionReport & tunnelscope.v1.FlowDirectionReport.$Shape} FlowDirectionReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowDirectionReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.FlowDirectionReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.flow = $root.tunnelscope.v1.FlowKey.decode(reader, reader.size(), $undefined, _depth + 1, message.flow);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderAgentId = value;
                            else
                                delete message.senderAgentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.receiverAgentId = value;
                            else
                                delete message.receiverAgentId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.verdict = $root.tunnelscope.v1.Verdict.decode(reader, reader.size(), $undefined, _depth + 1, message.verdict);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.segments && message.segments.length))
                                message.segments = [];
                            message.segments.push($root.tunnelscope.v1.SegmentRow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.throughputBps = value;
                            else
                                delete message.throughputBps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FlowDirectionReport message.
             * @function verify
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlowDirectionReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow")) {
                    let error = $root.tunnelscope.v1.FlowKey.verify(message.flow, _depth + 1);
                    if (error)
                        return "flow." + error;
                }
                if (message.senderAgentId != null && $Object.hasOwnProperty.call(message, "senderAgentId"))
                    if (!$util.isString(message.senderAgentId))
                        return "senderAgentId: string expected";
                if (message.receiverAgentId != null && $Object.hasOwnProperty.call(message, "receiverAgentId"))
                    if (!$util.isString(message.receiverAgentId))
                        return "receiverAgentId: string expected";
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict")) {
                    let error = $root.tunnelscope.v1.Verdict.verify(message.verdict, _depth + 1);
                    if (error)
                        return "verdict." + error;
                }
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments")) {
                    if (!$Array.isArray(message.segments))
                        return "segments: array expected";
                    for (let i = 0; i < message.segments.length; ++i) {
                        let error = $root.tunnelscope.v1.SegmentRow.verify(message.segments[i], _depth + 1);
                        if (error)
                            return "segments." + error;
                    }
                }
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
                    if (typeof message.throughputBps !== "number")
                        return "throughputBps: number expected";
                return null;
            };

            /**
             * Creates a FlowDirectionReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.FlowDirectionReport} FlowDirectionReport
             */
            FlowDirectionReport.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.FlowDirectionReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.FlowDirectionReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.FlowDirectionReport();
                if (object.flow != null) {
                    if (!$util.isObject(object.flow))
                        throw $TypeError(".tunnelscope.v1.FlowDirectionReport.flow: object expected");
                    message.flow = $root.tunnelscope.v1.FlowKey.fromObject(object.flow, _depth + 1);
                }
                if (object.senderAgentId != null)
                    if (typeof object.senderAgentId !== "string" || object.senderAgentId.length)
                        message.senderAgentId = $String(object.senderAgentId);
                if (object.receiverAgentId != null)
                    if (typeof object.receiverAgentId !== "string" || object.receiverAgentId.length)
                        message.receiverAgentId = $String(object.receiverAgentId);
                if (object.verdict != null) {
                    if (!$util.isObject(object.verdict))
                        throw $TypeError(".tunnelscope.v1.FlowDirectionReport.verdict: object expected");
                    message.verdict = $root.tunnelscope.v1.Verdict.fromObject(object.verdict, _depth + 1);
                }
                if (object.segments) {
                    if (!$Array.isArray(object.segments))
                        throw $TypeError(".tunnelscope.v1.FlowDirectionReport.segments: array expected");
                    message.segments = $Array(object.segments.length);
                    for (let i = 0; i < object.segments.length; ++i) {
                        if (!$util.isObject(object.segments[i]))
                            throw $TypeError(".tunnelscope.v1.FlowDirectionReport.segments: object expected");
                        message.segments[i] = $root.tunnelscope.v1.SegmentRow.fromObject(object.segments[i], _depth + 1);
                    }
                }
                if (object.throughputBps != null)
                    if (!$Object.is($Number(object.throughputBps), 0))
                        message.throughputBps = $Number(object.throughputBps);
                return message;
            };

            /**
             * Creates a plain object from a FlowDirectionReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {tunnelscope.v1.FlowDirectionReport} message FlowDirectionReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlowDirectionReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.segments = [];
                if (options.defaults) {
                    object.flow = null;
                    object.senderAgentId = "";
                    object.receiverAgentId = "";
                    object.verdict = null;
                    object.throughputBps = 0;
                }
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow"))
                    object.flow = $root.tunnelscope.v1.FlowKey.toObject(message.flow, options, _depth + 1);
                if (message.senderAgentId != null && $Object.hasOwnProperty.call(message, "senderAgentId"))
                    object.senderAgentId = message.senderAgentId;
                if (message.receiverAgentId != null && $Object.hasOwnProperty.call(message, "receiverAgentId"))
                    object.receiverAgentId = message.receiverAgentId;
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = $root.tunnelscope.v1.Verdict.toObject(message.verdict, options, _depth + 1);
                if (message.segments && message.segments.length) {
                    object.segments = $Array(message.segments.length);
                    for (let j = 0; j < message.segments.length; ++j)
                        object.segments[j] = $root.tunnelscope.v1.SegmentRow.toObject(message.segments[j], options, _depth + 1);
                }
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
                    object.throughputBps = options.json && !$isFinite(message.throughputBps) ? $String(message.throughputBps) : message.throughputBps;
                return object;
            };

            /**
             * Converts this FlowDirectionReport to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlowDirectionReport.prototype.toJSON = function() {
                return FlowDirectionReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlowDirectionReport
             * @function getTypeUrl
             * @memberof tunnelscope.v1.FlowDirectionReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowDirectionReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.FlowDirectionReport";
            };

            return FlowDirectionReport;
        })();

        v1.Report = (function() {

            /**
             * Properties of a Report.
             * @typedef {Object} tunnelscope.v1.Report.$Properties
             * @property {number|null} [schemaVersion] Version of the report contract; 1 for this schema.
             * @property {string|null} [sessionId] Session id.
             * @property {string|null} [agentAId] The two agents (in the order the session named them).
             * @property {string|null} [agentBId] Report agentBId
             * @property {number|Long|null} [windowStartNs] Analysed window (Unix ns, agent A's clock).
             * @property {number|Long|null} [windowEndNs] Report windowEndNs
             * @property {number|Long|null} [generatedAtNs] When the report was produced (Unix ns, coordinator clock).
             * @property {tunnelscope.v1.Verdict.$Properties|null} [verdict] The overall verdict: the worst of the flow directions'.
             * @property {Array.<tunnelscope.v1.FlowDirectionReport.$Properties>|null} [flows] One entry per analysed flow direction.
             * @property {tunnelscope.v1.ClockAlignment.$Properties|null} [clock] The two agents' clock offset.
             * @property {Array.<tunnelscope.v1.SegmentRow.$Properties>|null} [segments] Per-segment table over all analysed traffic.
             * @property {boolean|null} [partial] Some input was missing: the verdicts rest on incomplete data.
             * @property {Array.<string>|null} [missing] What was missing, one human phrase each (e.g. "agent gw-b batches 12-15",
             * "tap B.inner not captured").
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Report.
             * @memberof tunnelscope.v1
             * @interface IReport
             * @augments tunnelscope.v1.Report.$Properties
             * @deprecated Use tunnelscope.v1.Report.$Properties instead.
             */

            /**
             * Shape of a Report.
             * @typedef {tunnelscope.v1.Report.$Properties} tunnelscope.v1.Report.$Shape
             */

            /**
             * Constructs a new Report.
             * @memberof tunnelscope.v1
             * @classdesc The coordinator's report on one session.
             * @constructor
             * @param {tunnelscope.v1.Report.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Report = function (properties) {
                this.flows = [];
                this.segments = [];
                this.missing = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Version of the report contract; 1 for this schema.
             * @member {number} schemaVersion
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.schemaVersion = 0;

            /**
             * Session id.
             * @member {string} sessionId
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.sessionId = "";

            /**
             * The two agents (in the order the session named them).
             * @member {string} agentAId
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.agentAId = "";

            /**
             * Report agentBId.
             * @member {string} agentBId
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.agentBId = "";

            /**
             * Analysed window (Unix ns, agent A's clock).
             * @member {number|Long} windowStartNs
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.windowStartNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Report windowEndNs.
             * @member {number|Long} windowEndNs
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.windowEndNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * When the report was produced (Unix ns, coordinator clock).
             * @member {number|Long} generatedAtNs
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.generatedAtNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * The overall verdict: the worst of the flow directions'.
             * @member {tunnelscope.v1.Verdict.$Properties|null|undefined} verdict
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.verdict = null;

            /**
             * One entry per analysed flow direction.
             * @member {Array.<tunnelscope.v1.FlowDirectionReport.$Properties>} flows
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.flows = $util.emptyArray;

            /**
             * The two agents' clock offset.
             * @member {tunnelscope.v1.ClockAlignment.$Properties|null|undefined} clock
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.clock = null;

            /**
             * Per-segment table over all analysed traffic.
             * @member {Array.<tunnelscope.v1.SegmentRow.$Properties>} segments
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.segments = $util.emptyArray;

            /**
             * Some input was missing: the verdicts rest on incomplete data.
             * @member {boolean} partial
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.partial = false;

            /**
             * What was missing, one human phrase each (e.g. "agent gw-b batches 12-15",
             * "tap B.inner not captured").
             * @member {Array.<string>} missing
             * @memberof tunnelscope.v1.Report
             * @instance
             */
            Report.prototype.missing = $util.emptyArray;

            /**
             * Creates a new Report instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {tunnelscope.v1.Report.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.Report} Report instance
             * @type {{
             *   (properties: tunnelscope.v1.Report.$Shape): tunnelscope.v1.Report & tunnelscope.v1.Report.$Shape;
             *   (properties?: tunnelscope.v1.Report.$Properties): tunnelscope.v1.Report;
             * }}
             */
            Report.create = function(properties) {
                return new Report(properties);
            };

            /**
             * Encodes the specified Report message. Does not implicitly {@link tunnelscope.v1.Report.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {tunnelscope.v1.Report.$Properties} message Report message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Report.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.schemaVersion);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sessionId);
                if (message.agentAId != null && $Object.hasOwnProperty.call(message, "agentAId") && message.agentAId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentAId);
                if (message.agentBId != null && $Object.hasOwnProperty.call(message, "agentBId") && message.agentBId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.agentBId);
                if (message.windowStartNs != null && $Object.hasOwnProperty.call(message, "windowStartNs") && (typeof message.windowStartNs === "object" ? message.windowStartNs.low || message.windowStartNs.high : message.windowStartNs !== 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).fixed64(message.windowStartNs);
                if (message.windowEndNs != null && $Object.hasOwnProperty.call(message, "windowEndNs") && (typeof message.windowEndNs === "object" ? message.windowEndNs.low || message.windowEndNs.high : message.windowEndNs !== 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).fixed64(message.windowEndNs);
                if (message.generatedAtNs != null && $Object.hasOwnProperty.call(message, "generatedAtNs") && (typeof message.generatedAtNs === "object" ? message.generatedAtNs.low || message.generatedAtNs.high : message.generatedAtNs !== 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).fixed64(message.generatedAtNs);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    $root.tunnelscope.v1.Verdict.encode(message.verdict, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.flows != null && message.flows.length)
                    for (let i = 0; i < message.flows.length; ++i)
                        $root.tunnelscope.v1.FlowDirectionReport.encode(message.flows[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.tunnelscope.v1.ClockAlignment.encode(message.clock, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.segments != null && message.segments.length)
                    for (let i = 0; i < message.segments.length; ++i)
                        $root.tunnelscope.v1.SegmentRow.encode(message.segments[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial") && message.partial !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.partial);
                if (message.missing != null && message.missing.length)
                    for (let i = 0; i < message.missing.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.missing[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Report message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Report & tunnelscope.v1.Report.$Shape} Report
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Report.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.Report();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentAId = value;
                            else
                                delete message.agentAId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentBId = value;
                            else
                                delete message.agentBId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowStartNs = value;
                            else
                                delete message.windowStartNs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowEndNs = value;
                            else
                                delete message.windowEndNs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.generatedAtNs = value;
                            else
                                delete message.generatedAtNs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.verdict = $root.tunnelscope.v1.Verdict.decode(reader, reader.size(), $undefined, _depth + 1, message.verdict);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flows && message.flows.length))
                                message.flows = [];
                            message.flows.push($root.tunnelscope.v1.FlowDirectionReport.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.tunnelscope.v1.ClockAlignment.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.segments && message.segments.length))
                                message.segments = [];
                            message.segments.push($root.tunnelscope.v1.SegmentRow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.partial = value;
                            else
                                delete message.partial;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.missing && message.missing.length))
                                message.missing = [];
                            message.missing.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Report message.
             * @function verify
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Report.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    if (!$util.isInteger(message.schemaVersion))
                        return "schemaVersion: integer expected";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.agentAId != null && $Object.hasOwnProperty.call(message, "agentAId"))
                    if (!$util.isString(message.agentAId))
                        return "agentAId: string expected";
                if (message.agentBId != null && $Object.hasOwnProperty.call(message, "agentBId"))
                    if (!$util.isString(message.agentBId))
                        return "agentBId: string expected";
                if (message.windowStartNs != null && $Object.hasOwnProperty.call(message, "windowStartNs"))
                    if (!$util.isInteger(message.windowStartNs) && !(message.windowStartNs && $util.isInteger(message.windowStartNs.low) && $util.isInteger(message.windowStartNs.high)))
                        return "windowStartNs: integer|Long expected";
                if (message.windowEndNs != null && $Object.hasOwnProperty.call(message, "windowEndNs"))
                    if (!$util.isInteger(message.windowEndNs) && !(message.windowEndNs && $util.isInteger(message.windowEndNs.low) && $util.isInteger(message.windowEndNs.high)))
                        return "windowEndNs: integer|Long expected";
                if (message.generatedAtNs != null && $Object.hasOwnProperty.call(message, "generatedAtNs"))
                    if (!$util.isInteger(message.generatedAtNs) && !(message.generatedAtNs && $util.isInteger(message.generatedAtNs.low) && $util.isInteger(message.generatedAtNs.high)))
                        return "generatedAtNs: integer|Long expected";
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict")) {
                    let error = $root.tunnelscope.v1.Verdict.verify(message.verdict, _depth + 1);
                    if (error)
                        return "verdict." + error;
                }
                if (message.flows != null && $Object.hasOwnProperty.call(message, "flows")) {
                    if (!$Array.isArray(message.flows))
                        return "flows: array expected";
                    for (let i = 0; i < message.flows.length; ++i) {
                        let error = $root.tunnelscope.v1.FlowDirectionReport.verify(message.flows[i], _depth + 1);
                        if (error)
                            return "flows." + error;
                    }
                }
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock")) {
                    let error = $root.tunnelscope.v1.ClockAlignment.verify(message.clock, _depth + 1);
                    if (error)
                        return "clock." + error;
                }
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments")) {
                    if (!$Array.isArray(message.segments))
                        return "segments: array expected";
                    for (let i = 0; i < message.segments.length; ++i) {
                        let error = $root.tunnelscope.v1.SegmentRow.verify(message.segments[i], _depth + 1);
                        if (error)
                            return "segments." + error;
                    }
                }
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial"))
                    if (typeof message.partial !== "boolean")
                        return "partial: boolean expected";
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing")) {
                    if (!$Array.isArray(message.missing))
                        return "missing: array expected";
                    for (let i = 0; i < message.missing.length; ++i)
                        if (!$util.isString(message.missing[i]))
                            return "missing: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Report message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.Report} Report
             */
            Report.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.Report)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.Report: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.Report();
                if (object.schemaVersion != null)
                    if ($Number(object.schemaVersion) !== 0)
                        message.schemaVersion = object.schemaVersion >>> 0;
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.agentAId != null)
                    if (typeof object.agentAId !== "string" || object.agentAId.length)
                        message.agentAId = $String(object.agentAId);
                if (object.agentBId != null)
                    if (typeof object.agentBId !== "string" || object.agentBId.length)
                        message.agentBId = $String(object.agentBId);
                if (object.windowStartNs != null)
                    if (typeof object.windowStartNs === "object" ? object.windowStartNs.low || object.windowStartNs.high : $Number(object.windowStartNs) !== 0)
                        if ($util.Long)
                            message.windowStartNs = $util.Long.fromValue(object.windowStartNs, true);
                        else if (typeof object.windowStartNs === "string")
                            message.windowStartNs = $parseInt(object.windowStartNs, 10);
                        else if (typeof object.windowStartNs === "number")
                            message.windowStartNs = object.windowStartNs;
                        else if (typeof object.windowStartNs === "object")
                            message.windowStartNs = new $util.LongBits(object.windowStartNs.low >>> 0, object.windowStartNs.high >>> 0).toNumber(true);
                if (object.windowEndNs != null)
                    if (typeof object.windowEndNs === "object" ? object.windowEndNs.low || object.windowEndNs.high : $Number(object.windowEndNs) !== 0)
                        if ($util.Long)
                            message.windowEndNs = $util.Long.fromValue(object.windowEndNs, true);
                        else if (typeof object.windowEndNs === "string")
                            message.windowEndNs = $parseInt(object.windowEndNs, 10);
                        else if (typeof object.windowEndNs === "number")
                            message.windowEndNs = object.windowEndNs;
                        else if (typeof object.windowEndNs === "object")
                            message.windowEndNs = new $util.LongBits(object.windowEndNs.low >>> 0, object.windowEndNs.high >>> 0).toNumber(true);
                if (object.generatedAtNs != null)
                    if (typeof object.generatedAtNs === "object" ? object.generatedAtNs.low || object.generatedAtNs.high : $Number(object.generatedAtNs) !== 0)
                        if ($util.Long)
                            message.generatedAtNs = $util.Long.fromValue(object.generatedAtNs, true);
                        else if (typeof object.generatedAtNs === "string")
                            message.generatedAtNs = $parseInt(object.generatedAtNs, 10);
                        else if (typeof object.generatedAtNs === "number")
                            message.generatedAtNs = object.generatedAtNs;
                        else if (typeof object.generatedAtNs === "object")
                            message.generatedAtNs = new $util.LongBits(object.generatedAtNs.low >>> 0, object.generatedAtNs.high >>> 0).toNumber(true);
                if (object.verdict != null) {
                    if (!$util.isObject(object.verdict))
                        throw $TypeError(".tunnelscope.v1.Report.verdict: object expected");
                    message.verdict = $root.tunnelscope.v1.Verdict.fromObject(object.verdict, _depth + 1);
                }
                if (object.flows) {
                    if (!$Array.isArray(object.flows))
                        throw $TypeError(".tunnelscope.v1.Report.flows: array expected");
                    message.flows = $Array(object.flows.length);
                    for (let i = 0; i < object.flows.length; ++i) {
                        if (!$util.isObject(object.flows[i]))
                            throw $TypeError(".tunnelscope.v1.Report.flows: object expected");
                        message.flows[i] = $root.tunnelscope.v1.FlowDirectionReport.fromObject(object.flows[i], _depth + 1);
                    }
                }
                if (object.clock != null) {
                    if (!$util.isObject(object.clock))
                        throw $TypeError(".tunnelscope.v1.Report.clock: object expected");
                    message.clock = $root.tunnelscope.v1.ClockAlignment.fromObject(object.clock, _depth + 1);
                }
                if (object.segments) {
                    if (!$Array.isArray(object.segments))
                        throw $TypeError(".tunnelscope.v1.Report.segments: array expected");
                    message.segments = $Array(object.segments.length);
                    for (let i = 0; i < object.segments.length; ++i) {
                        if (!$util.isObject(object.segments[i]))
                            throw $TypeError(".tunnelscope.v1.Report.segments: object expected");
                        message.segments[i] = $root.tunnelscope.v1.SegmentRow.fromObject(object.segments[i], _depth + 1);
                    }
                }
                if (object.partial != null)
                    if (object.partial)
                        message.partial = $Boolean(object.partial);
                if (object.missing) {
                    if (!$Array.isArray(object.missing))
                        throw $TypeError(".tunnelscope.v1.Report.missing: array expected");
                    message.missing = $Array(object.missing.length);
                    for (let i = 0; i < object.missing.length; ++i)
                        message.missing[i] = $String(object.missing[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Report message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {tunnelscope.v1.Report} message Report
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Report.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.flows = [];
                    object.segments = [];
                    object.missing = [];
                }
                if (options.defaults) {
                    object.schemaVersion = 0;
                    object.sessionId = "";
                    object.agentAId = "";
                    object.agentBId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.windowStartNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.windowStartNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.windowEndNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.windowEndNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generatedAtNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generatedAtNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.verdict = null;
                    object.clock = null;
                    object.partial = false;
                }
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    object.schemaVersion = message.schemaVersion;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.agentAId != null && $Object.hasOwnProperty.call(message, "agentAId"))
                    object.agentAId = message.agentAId;
                if (message.agentBId != null && $Object.hasOwnProperty.call(message, "agentBId"))
                    object.agentBId = message.agentBId;
                if (message.windowStartNs != null && $Object.hasOwnProperty.call(message, "windowStartNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.windowStartNs = typeof message.windowStartNs === "number" ? $BigInt(message.windowStartNs) : $util.Long.fromBits(message.windowStartNs.low >>> 0, message.windowStartNs.high >>> 0, true).toBigInt();
                    else if (typeof message.windowStartNs === "number")
                        object.windowStartNs = options.longs === $String ? $String(message.windowStartNs) : message.windowStartNs;
                    else
                        object.windowStartNs = options.longs === $String ? $util.Long.prototype.toString.call(message.windowStartNs) : options.longs === $Number ? new $util.LongBits(message.windowStartNs.low >>> 0, message.windowStartNs.high >>> 0).toNumber(true) : message.windowStartNs;
                if (message.windowEndNs != null && $Object.hasOwnProperty.call(message, "windowEndNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.windowEndNs = typeof message.windowEndNs === "number" ? $BigInt(message.windowEndNs) : $util.Long.fromBits(message.windowEndNs.low >>> 0, message.windowEndNs.high >>> 0, true).toBigInt();
                    else if (typeof message.windowEndNs === "number")
                        object.windowEndNs = options.longs === $String ? $String(message.windowEndNs) : message.windowEndNs;
                    else
                        object.windowEndNs = options.longs === $String ? $util.Long.prototype.toString.call(message.windowEndNs) : options.longs === $Number ? new $util.LongBits(message.windowEndNs.low >>> 0, message.windowEndNs.high >>> 0).toNumber(true) : message.windowEndNs;
                if (message.generatedAtNs != null && $Object.hasOwnProperty.call(message, "generatedAtNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generatedAtNs = typeof message.generatedAtNs === "number" ? $BigInt(message.generatedAtNs) : $util.Long.fromBits(message.generatedAtNs.low >>> 0, message.generatedAtNs.high >>> 0, true).toBigInt();
                    else if (typeof message.generatedAtNs === "number")
                        object.generatedAtNs = options.longs === $String ? $String(message.generatedAtNs) : message.generatedAtNs;
                    else
                        object.generatedAtNs = options.longs === $String ? $util.Long.prototype.toString.call(message.generatedAtNs) : options.longs === $Number ? new $util.LongBits(message.generatedAtNs.low >>> 0, message.generatedAtNs.high >>> 0).toNumber(true) : message.generatedAtNs;
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = $root.tunnelscope.v1.Verdict.toObject(message.verdict, options, _depth + 1);
                if (message.flows && message.flows.length) {
                    object.flows = $Array(message.flows.length);
                    for (let j = 0; j < message.flows.length; ++j)
                        object.flows[j] = $root.tunnelscope.v1.FlowDirectionReport.toObject(message.flows[j], options, _depth + 1);
                }
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    object.clock = $root.tunnelscope.v1.ClockAlignment.toObject(message.clock, options, _depth + 1);
                if (message.segments && message.segments.length) {
                    object.segments = $Array(message.segments.length);
                    for (let j = 0; j < message.segments.length; ++j)
                        object.segments[j] = $root.tunnelscope.v1.SegmentRow.toObject(message.segments[j], options, _depth + 1);
                }
                if (message.partial != null && $Object.hasOwnProperty.call(message, "partial"))
                    object.partial = message.partial;
                if (message.missing && message.missing.length) {
                    object.missing = $Array(message.missing.length);
                    for (let j = 0; j < message.missing.length; ++j)
                        object.missing[j] = message.missing[j];
                }
                return object;
            };

            /**
             * Converts this Report to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.Report
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Report.prototype.toJSON = function() {
                return Report.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Report
             * @function getTypeUrl
             * @memberof tunnelscope.v1.Report
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Report.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.Report";
            };

            return Report;
        })();

        v1.SessionCommand = (function() {

            /**
             * Properties of a SessionCommand.
             * @typedef {Object} tunnelscope.v1.SessionCommand.$Properties
             * @property {string|null} [sessionId] Session id, 1-64 characters from [A-Za-z0-9_-]; chosen by the coordinator and
             * used in subjects and message ids.
             * @property {tunnelscope.v1.StartCapture.$Properties|null} [start] SessionCommand start
             * @property {tunnelscope.v1.StopCapture.$Properties|null} [stop] SessionCommand stop
             * @property {tunnelscope.v1.StatusRequest.$Properties|null} [status] SessionCommand status
             * @property {"start"|"stop"|"status"} [command] Exactly one command.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionCommand.
             * @memberof tunnelscope.v1
             * @interface ISessionCommand
             * @augments tunnelscope.v1.SessionCommand.$Properties
             * @deprecated Use tunnelscope.v1.SessionCommand.$Properties instead.
             */

            /**
             * Narrowed shape of a SessionCommand.
             * @typedef {{
             *   sessionId?: string|null;
             *   start?: tunnelscope.v1.StartCapture.$Shape|null;
             *   stop?: tunnelscope.v1.StopCapture.$Shape|null;
             *   status?: tunnelscope.v1.StatusRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; start?: null; stop?: null; status?: null }|{ command?: "start"; start: tunnelscope.v1.StartCapture.$Shape; stop?: null; status?: null }|{ command?: "stop"; start?: null; stop: tunnelscope.v1.StopCapture.$Shape; status?: null }|{ command?: "status"; start?: null; stop?: null; status: tunnelscope.v1.StatusRequest.$Shape })
             * )} tunnelscope.v1.SessionCommand.$Shape
             */

            /**
             * Constructs a new SessionCommand.
             * @memberof tunnelscope.v1
             * @classdesc One command about one capture session.
             * @constructor
             * @param {tunnelscope.v1.SessionCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Session id, 1-64 characters from [A-Za-z0-9_-]; chosen by the coordinator and
             * used in subjects and message ids.
             * @member {string} sessionId
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             */
            SessionCommand.prototype.sessionId = "";

            /**
             * SessionCommand start.
             * @member {tunnelscope.v1.StartCapture.$Properties|null|undefined} start
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             */
            SessionCommand.prototype.start = null;

            /**
             * SessionCommand stop.
             * @member {tunnelscope.v1.StopCapture.$Properties|null|undefined} stop
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             */
            SessionCommand.prototype.stop = null;

            /**
             * SessionCommand status.
             * @member {tunnelscope.v1.StatusRequest.$Properties|null|undefined} status
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             */
            SessionCommand.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Exactly one command.
             * @member {"start"|"stop"|"status"|undefined} command
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             */
            $Object.defineProperty(SessionCommand.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["start", "stop", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SessionCommand instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {tunnelscope.v1.SessionCommand.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.SessionCommand} SessionCommand instance
             * @type {{
             *   (properties: tunnelscope.v1.SessionCommand.$Shape): tunnelscope.v1.SessionCommand & tunnelscope.v1.SessionCommand.$Shape;
             *   (properties?: tunnelscope.v1.SessionCommand.$Properties): tunnelscope.v1.SessionCommand;
             * }}
             */
            SessionCommand.create = function(properties) {
                return new SessionCommand(properties);
            };

            /**
             * Encodes the specified SessionCommand message. Does not implicitly {@link tunnelscope.v1.SessionCommand.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {tunnelscope.v1.SessionCommand.$Properties} message SessionCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.tunnelscope.v1.StartCapture.encode(message.start, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop"))
                    $root.tunnelscope.v1.StopCapture.encode(message.stop, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.tunnelscope.v1.StatusRequest.encode(message.status, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionCommand message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SessionCommand & tunnelscope.v1.SessionCommand.$Shape} SessionCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.SessionCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.tunnelscope.v1.StartCapture.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            message.command = "start";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stop = $root.tunnelscope.v1.StopCapture.decode(reader, reader.size(), $undefined, _depth + 1, message.stop);
                            message.command = "stop";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.tunnelscope.v1.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.command = "status";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SessionCommand message.
             * @function verify
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    properties.command = 1;
                    {
                        let error = $root.tunnelscope.v1.StartCapture.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        let error = $root.tunnelscope.v1.StopCapture.verify(message.stop, _depth + 1);
                        if (error)
                            return "stop." + error;
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        let error = $root.tunnelscope.v1.StatusRequest.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SessionCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.SessionCommand} SessionCommand
             */
            SessionCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.SessionCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.SessionCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.SessionCommand();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".tunnelscope.v1.SessionCommand.start: object expected");
                    message.start = $root.tunnelscope.v1.StartCapture.fromObject(object.start, _depth + 1);
                }
                if (object.stop != null) {
                    if (!$util.isObject(object.stop))
                        throw $TypeError(".tunnelscope.v1.SessionCommand.stop: object expected");
                    message.stop = $root.tunnelscope.v1.StopCapture.fromObject(object.stop, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".tunnelscope.v1.SessionCommand.status: object expected");
                    message.status = $root.tunnelscope.v1.StatusRequest.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {tunnelscope.v1.SessionCommand} message SessionCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.sessionId = "";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    object.start = $root.tunnelscope.v1.StartCapture.toObject(message.start, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "start";
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    object.stop = $root.tunnelscope.v1.StopCapture.toObject(message.stop, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "stop";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.tunnelscope.v1.StatusRequest.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "status";
                }
                return object;
            };

            /**
             * Converts this SessionCommand to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.SessionCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionCommand.prototype.toJSON = function() {
                return SessionCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionCommand
             * @function getTypeUrl
             * @memberof tunnelscope.v1.SessionCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.SessionCommand";
            };

            return SessionCommand;
        })();

        v1.StartCapture = (function() {

            /**
             * Properties of a StartCapture.
             * @typedef {Object} tunnelscope.v1.StartCapture.$Properties
             * @property {number|Long|null} [startAtNs] Instant both agents start capturing (Unix ns, agent clock). An agent receiving a
             * start in the past starts at once.
             * @property {number|null} [durationMs] How long to capture, in milliseconds; 0 = until a StopCapture arrives.
             * @property {Array.<tunnelscope.v1.Tap>|null} [taps] Which taps to capture.
             * @property {number|Long|null} [samplingRate] Digest sampling rate as a fraction of 2^32: a packet gets a PacketDigest when the
             * upper 32 bits of its digest hash are below this value. 0 = no digests,
             * 4294967296 (2^32) = every packet. Values above 2^32 are invalid.
             * @property {number|null} [snaplen] Bytes captured per packet (headers only; DESIGN §4: never payload). 0 = agent default.
             * @property {Array.<string>|null} [bpfFilter] BPF filter expressions; the agent joins them as "(p1) and (p2) and ...". Empty =
             * the agent's own filter (its tunnel traffic).
             * @property {number|null} [intervalMs] Length of one summary interval (one SummaryBatch per interval), in milliseconds;
             * 0 = agent default.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartCapture.
             * @memberof tunnelscope.v1
             * @interface IStartCapture
             * @augments tunnelscope.v1.StartCapture.$Properties
             * @deprecated Use tunnelscope.v1.StartCapture.$Properties instead.
             */

            /**
             * Shape of a StartCapture.
             * @typedef {tunnelscope.v1.StartCapture.$Properties} tunnelscope.v1.StartCapture.$Shape
             */

            /**
             * Constructs a new StartCapture.
             * @memberof tunnelscope.v1
             * @classdesc Start capturing for a session. Both agents of a tunnel receive the same values, so
             * they capture the same window and sample the same packets.
             * @constructor
             * @param {tunnelscope.v1.StartCapture.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartCapture = function (properties) {
                this.taps = [];
                this.bpfFilter = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Instant both agents start capturing (Unix ns, agent clock). An agent receiving a
             * start in the past starts at once.
             * @member {number|Long} startAtNs
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.startAtNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * How long to capture, in milliseconds; 0 = until a StopCapture arrives.
             * @member {number} durationMs
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.durationMs = 0;

            /**
             * Which taps to capture.
             * @member {Array.<tunnelscope.v1.Tap>} taps
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.taps = $util.emptyArray;

            /**
             * Digest sampling rate as a fraction of 2^32: a packet gets a PacketDigest when the
             * upper 32 bits of its digest hash are below this value. 0 = no digests,
             * 4294967296 (2^32) = every packet. Values above 2^32 are invalid.
             * @member {number|Long} samplingRate
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.samplingRate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Bytes captured per packet (headers only; DESIGN §4: never payload). 0 = agent default.
             * @member {number} snaplen
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.snaplen = 0;

            /**
             * BPF filter expressions; the agent joins them as "(p1) and (p2) and ...". Empty =
             * the agent's own filter (its tunnel traffic).
             * @member {Array.<string>} bpfFilter
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.bpfFilter = $util.emptyArray;

            /**
             * Length of one summary interval (one SummaryBatch per interval), in milliseconds;
             * 0 = agent default.
             * @member {number} intervalMs
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             */
            StartCapture.prototype.intervalMs = 0;

            /**
             * Creates a new StartCapture instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {tunnelscope.v1.StartCapture.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.StartCapture} StartCapture instance
             * @type {{
             *   (properties: tunnelscope.v1.StartCapture.$Shape): tunnelscope.v1.StartCapture & tunnelscope.v1.StartCapture.$Shape;
             *   (properties?: tunnelscope.v1.StartCapture.$Properties): tunnelscope.v1.StartCapture;
             * }}
             */
            StartCapture.create = function(properties) {
                return new StartCapture(properties);
            };

            /**
             * Encodes the specified StartCapture message. Does not implicitly {@link tunnelscope.v1.StartCapture.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {tunnelscope.v1.StartCapture.$Properties} message StartCapture message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartCapture.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startAtNs != null && $Object.hasOwnProperty.call(message, "startAtNs") && (typeof message.startAtNs === "object" ? message.startAtNs.low || message.startAtNs.high : message.startAtNs !== 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.startAtNs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.durationMs);
                if (message.taps != null && message.taps.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.taps);
                if (message.samplingRate != null && $Object.hasOwnProperty.call(message, "samplingRate") && (typeof message.samplingRate === "object" ? message.samplingRate.low || message.samplingRate.high : message.samplingRate !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.samplingRate);
                if (message.snaplen != null && $Object.hasOwnProperty.call(message, "snaplen") && message.snaplen !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.snaplen);
                if (message.bpfFilter != null && message.bpfFilter.length)
                    for (let i = 0; i < message.bpfFilter.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.bpfFilter[i]);
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.intervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StartCapture message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StartCapture & tunnelscope.v1.StartCapture.$Shape} StartCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartCapture.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.StartCapture();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.startAtNs = value;
                            else
                                delete message.startAtNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.taps && message.taps.length))
                                    message.taps = [];
                                reader.int32s(message.taps);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.taps && message.taps.length))
                                message.taps = [];
                            message.taps.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.samplingRate = value;
                            else
                                delete message.samplingRate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.snaplen = value;
                            else
                                delete message.snaplen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bpfFilter && message.bpfFilter.length))
                                message.bpfFilter = [];
                            message.bpfFilter.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalMs = value;
                            else
                                delete message.intervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StartCapture message.
             * @function verify
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartCapture.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.startAtNs != null && $Object.hasOwnProperty.call(message, "startAtNs"))
                    if (!$util.isInteger(message.startAtNs) && !(message.startAtNs && $util.isInteger(message.startAtNs.low) && $util.isInteger(message.startAtNs.high)))
                        return "startAtNs: integer|Long expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs))
                        return "durationMs: integer expected";
                if (message.taps != null && $Object.hasOwnProperty.call(message, "taps")) {
                    if (!$Array.isArray(message.taps))
                        return "taps: array expected";
                    for (let i = 0; i < message.taps.length; ++i)
                        if (typeof message.taps[i] !== "number" || (message.taps[i] | 0) !== message.taps[i])
                            return "taps: enum value[] expected";
                }
                if (message.samplingRate != null && $Object.hasOwnProperty.call(message, "samplingRate"))
                    if (!$util.isInteger(message.samplingRate) && !(message.samplingRate && $util.isInteger(message.samplingRate.low) && $util.isInteger(message.samplingRate.high)))
                        return "samplingRate: integer|Long expected";
                if (message.snaplen != null && $Object.hasOwnProperty.call(message, "snaplen"))
                    if (!$util.isInteger(message.snaplen))
                        return "snaplen: integer expected";
                if (message.bpfFilter != null && $Object.hasOwnProperty.call(message, "bpfFilter")) {
                    if (!$Array.isArray(message.bpfFilter))
                        return "bpfFilter: array expected";
                    for (let i = 0; i < message.bpfFilter.length; ++i)
                        if (!$util.isString(message.bpfFilter[i]))
                            return "bpfFilter: string[] expected";
                }
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    if (!$util.isInteger(message.intervalMs))
                        return "intervalMs: integer expected";
                return null;
            };

            /**
             * Creates a StartCapture message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.StartCapture} StartCapture
             */
            StartCapture.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.StartCapture)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.StartCapture: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.StartCapture();
                if (object.startAtNs != null)
                    if (typeof object.startAtNs === "object" ? object.startAtNs.low || object.startAtNs.high : $Number(object.startAtNs) !== 0)
                        if ($util.Long)
                            message.startAtNs = $util.Long.fromValue(object.startAtNs, true);
                        else if (typeof object.startAtNs === "string")
                            message.startAtNs = $parseInt(object.startAtNs, 10);
                        else if (typeof object.startAtNs === "number")
                            message.startAtNs = object.startAtNs;
                        else if (typeof object.startAtNs === "object")
                            message.startAtNs = new $util.LongBits(object.startAtNs.low >>> 0, object.startAtNs.high >>> 0).toNumber(true);
                if (object.durationMs != null)
                    if ($Number(object.durationMs) !== 0)
                        message.durationMs = object.durationMs >>> 0;
                if (object.taps) {
                    if (!$Array.isArray(object.taps))
                        throw $TypeError(".tunnelscope.v1.StartCapture.taps: array expected");
                    message.taps = [];
                    for (let i = 0; i < object.taps.length; ++i)
                        switch (object.taps[i]) {
                        case "TAP_UNSPECIFIED":
                        case 0:
                            message.taps[message.taps.length] = 0;
                            break;
                        case "TAP_OUTER":
                        case 1:
                            message.taps[message.taps.length] = 1;
                            break;
                        case "TAP_INNER":
                        case 2:
                            message.taps[message.taps.length] = 2;
                            break;
                        case "TAP_TUNNEL":
                        case 3:
                            message.taps[message.taps.length] = 3;
                            break;
                        default:
                            if (typeof object.taps[i] === "number" && (object.taps[i] | 0) === object.taps[i])
                                message.taps[message.taps.length] = object.taps[i];
                        }
                }
                if (object.samplingRate != null)
                    if (typeof object.samplingRate === "object" ? object.samplingRate.low || object.samplingRate.high : $Number(object.samplingRate) !== 0)
                        if ($util.Long)
                            message.samplingRate = $util.Long.fromValue(object.samplingRate, true);
                        else if (typeof object.samplingRate === "string")
                            message.samplingRate = $parseInt(object.samplingRate, 10);
                        else if (typeof object.samplingRate === "number")
                            message.samplingRate = object.samplingRate;
                        else if (typeof object.samplingRate === "object")
                            message.samplingRate = new $util.LongBits(object.samplingRate.low >>> 0, object.samplingRate.high >>> 0).toNumber(true);
                if (object.snaplen != null)
                    if ($Number(object.snaplen) !== 0)
                        message.snaplen = object.snaplen >>> 0;
                if (object.bpfFilter) {
                    if (!$Array.isArray(object.bpfFilter))
                        throw $TypeError(".tunnelscope.v1.StartCapture.bpfFilter: array expected");
                    message.bpfFilter = $Array(object.bpfFilter.length);
                    for (let i = 0; i < object.bpfFilter.length; ++i)
                        message.bpfFilter[i] = $String(object.bpfFilter[i]);
                }
                if (object.intervalMs != null)
                    if ($Number(object.intervalMs) !== 0)
                        message.intervalMs = object.intervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StartCapture message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {tunnelscope.v1.StartCapture} message StartCapture
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartCapture.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.taps = [];
                    object.bpfFilter = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startAtNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startAtNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.durationMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.samplingRate = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.samplingRate = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.snaplen = 0;
                    object.intervalMs = 0;
                }
                if (message.startAtNs != null && $Object.hasOwnProperty.call(message, "startAtNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startAtNs = typeof message.startAtNs === "number" ? $BigInt(message.startAtNs) : $util.Long.fromBits(message.startAtNs.low >>> 0, message.startAtNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startAtNs === "number")
                        object.startAtNs = options.longs === $String ? $String(message.startAtNs) : message.startAtNs;
                    else
                        object.startAtNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startAtNs) : options.longs === $Number ? new $util.LongBits(message.startAtNs.low >>> 0, message.startAtNs.high >>> 0).toNumber(true) : message.startAtNs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = message.durationMs;
                if (message.taps && message.taps.length) {
                    object.taps = $Array(message.taps.length);
                    for (let j = 0; j < message.taps.length; ++j)
                        object.taps[j] = options.enums === $String ? $root.tunnelscope.v1.Tap[message.taps[j]] === $undefined ? message.taps[j] : $root.tunnelscope.v1.Tap[message.taps[j]] : message.taps[j];
                }
                if (message.samplingRate != null && $Object.hasOwnProperty.call(message, "samplingRate"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.samplingRate = typeof message.samplingRate === "number" ? $BigInt(message.samplingRate) : $util.Long.fromBits(message.samplingRate.low >>> 0, message.samplingRate.high >>> 0, true).toBigInt();
                    else if (typeof message.samplingRate === "number")
                        object.samplingRate = options.longs === $String ? $String(message.samplingRate) : message.samplingRate;
                    else
                        object.samplingRate = options.longs === $String ? $util.Long.prototype.toString.call(message.samplingRate) : options.longs === $Number ? new $util.LongBits(message.samplingRate.low >>> 0, message.samplingRate.high >>> 0).toNumber(true) : message.samplingRate;
                if (message.snaplen != null && $Object.hasOwnProperty.call(message, "snaplen"))
                    object.snaplen = message.snaplen;
                if (message.bpfFilter && message.bpfFilter.length) {
                    object.bpfFilter = $Array(message.bpfFilter.length);
                    for (let j = 0; j < message.bpfFilter.length; ++j)
                        object.bpfFilter[j] = message.bpfFilter[j];
                }
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    object.intervalMs = message.intervalMs;
                return object;
            };

            /**
             * Converts this StartCapture to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.StartCapture
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartCapture.prototype.toJSON = function() {
                return StartCapture.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartCapture
             * @function getTypeUrl
             * @memberof tunnelscope.v1.StartCapture
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartCapture.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.StartCapture";
            };

            return StartCapture;
        })();

        v1.StopCapture = (function() {

            /**
             * Properties of a StopCapture.
             * @typedef {Object} tunnelscope.v1.StopCapture.$Properties
             * @property {string|null} [reason] Why (for the agent's log), e.g. "duration reached", "operator cancelled".
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopCapture.
             * @memberof tunnelscope.v1
             * @interface IStopCapture
             * @augments tunnelscope.v1.StopCapture.$Properties
             * @deprecated Use tunnelscope.v1.StopCapture.$Properties instead.
             */

            /**
             * Shape of a StopCapture.
             * @typedef {tunnelscope.v1.StopCapture.$Properties} tunnelscope.v1.StopCapture.$Shape
             */

            /**
             * Constructs a new StopCapture.
             * @memberof tunnelscope.v1
             * @classdesc Stop capturing for a session; the agent then sends its final batch.
             * @constructor
             * @param {tunnelscope.v1.StopCapture.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopCapture = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Why (for the agent's log), e.g. "duration reached", "operator cancelled".
             * @member {string} reason
             * @memberof tunnelscope.v1.StopCapture
             * @instance
             */
            StopCapture.prototype.reason = "";

            /**
             * Creates a new StopCapture instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {tunnelscope.v1.StopCapture.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.StopCapture} StopCapture instance
             * @type {{
             *   (properties: tunnelscope.v1.StopCapture.$Shape): tunnelscope.v1.StopCapture & tunnelscope.v1.StopCapture.$Shape;
             *   (properties?: tunnelscope.v1.StopCapture.$Properties): tunnelscope.v1.StopCapture;
             * }}
             */
            StopCapture.create = function(properties) {
                return new StopCapture(properties);
            };

            /**
             * Encodes the specified StopCapture message. Does not implicitly {@link tunnelscope.v1.StopCapture.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {tunnelscope.v1.StopCapture.$Properties} message StopCapture message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopCapture.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StopCapture message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StopCapture & tunnelscope.v1.StopCapture.$Shape} StopCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopCapture.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.StopCapture();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StopCapture message.
             * @function verify
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopCapture.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a StopCapture message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.StopCapture} StopCapture
             */
            StopCapture.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.StopCapture)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.StopCapture: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.StopCapture();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a StopCapture message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {tunnelscope.v1.StopCapture} message StopCapture
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopCapture.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this StopCapture to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.StopCapture
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopCapture.prototype.toJSON = function() {
                return StopCapture.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopCapture
             * @function getTypeUrl
             * @memberof tunnelscope.v1.StopCapture
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopCapture.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.StopCapture";
            };

            return StopCapture;
        })();

        v1.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @typedef {Object} tunnelscope.v1.StatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusRequest.
             * @memberof tunnelscope.v1
             * @interface IStatusRequest
             * @augments tunnelscope.v1.StatusRequest.$Properties
             * @deprecated Use tunnelscope.v1.StatusRequest.$Properties instead.
             */

            /**
             * Shape of a StatusRequest.
             * @typedef {tunnelscope.v1.StatusRequest.$Properties} tunnelscope.v1.StatusRequest.$Shape
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof tunnelscope.v1
             * @classdesc Ask for the session's state; answered by a SessionAck.
             * @constructor
             * @param {tunnelscope.v1.StatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {tunnelscope.v1.StatusRequest.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.StatusRequest} StatusRequest instance
             * @type {{
             *   (properties: tunnelscope.v1.StatusRequest.$Shape): tunnelscope.v1.StatusRequest & tunnelscope.v1.StatusRequest.$Shape;
             *   (properties?: tunnelscope.v1.StatusRequest.$Properties): tunnelscope.v1.StatusRequest;
             * }}
             */
            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link tunnelscope.v1.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {tunnelscope.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StatusRequest & tunnelscope.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.StatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatusRequest message.
             * @function verify
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.StatusRequest} StatusRequest
             */
            StatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.StatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.StatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tunnelscope.v1.StatusRequest();
            };

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {tunnelscope.v1.StatusRequest} message StatusRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StatusRequest to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.StatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusRequest
             * @function getTypeUrl
             * @memberof tunnelscope.v1.StatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.StatusRequest";
            };

            return StatusRequest;
        })();

        /**
         * Why an agent refused or failed a command.
         * @name tunnelscope.v1.SessionError
         * @enum {number}
         * @property {number} SESSION_ERROR_UNSPECIFIED=0 No error (the command was accepted).
         * @property {number} SESSION_ERROR_INVALID_ARGUMENT=1 The command is not valid (missing command, bad sampling rate, bad filter, ...).
         * @property {number} SESSION_ERROR_UNKNOWN_SESSION=2 stop/status for a session this agent does not know.
         * @property {number} SESSION_ERROR_ALREADY_RUNNING=3 start for a session that is already running.
         * @property {number} SESSION_ERROR_BUSY=4 The agent runs as many sessions as it is configured for.
         * @property {number} SESSION_ERROR_PERMISSION_DENIED=5 The capture could not start: no permission (CAP_NET_RAW/CAP_NET_ADMIN).
         * @property {number} SESSION_ERROR_CAPTURE_FAILED=6 The capture could not start or died: interface missing, backend failed, ...
         * @property {number} SESSION_ERROR_INTERNAL=7 A bug in the agent.
         */
        v1.SessionError = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SESSION_ERROR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SESSION_ERROR_INVALID_ARGUMENT"] = 1;
            values[valuesById[2] = "SESSION_ERROR_UNKNOWN_SESSION"] = 2;
            values[valuesById[3] = "SESSION_ERROR_ALREADY_RUNNING"] = 3;
            values[valuesById[4] = "SESSION_ERROR_BUSY"] = 4;
            values[valuesById[5] = "SESSION_ERROR_PERMISSION_DENIED"] = 5;
            values[valuesById[6] = "SESSION_ERROR_CAPTURE_FAILED"] = 6;
            values[valuesById[7] = "SESSION_ERROR_INTERNAL"] = 7;
            return values;
        })();

        /**
         * Where a session is on this agent.
         * @name tunnelscope.v1.SessionState
         * @enum {number}
         * @property {number} SESSION_STATE_UNSPECIFIED=0 SESSION_STATE_UNSPECIFIED value
         * @property {number} SESSION_STATE_SCHEDULED=1 Accepted, waiting for start_at_ns.
         * @property {number} SESSION_STATE_CAPTURING=2 Capturing and publishing batches.
         * @property {number} SESSION_STATE_STOPPED=3 Finished; the final batch has been built (it may still be spooled).
         * @property {number} SESSION_STATE_FAILED=4 Ended by an error (see SessionAck.error).
         */
        v1.SessionState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SESSION_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SESSION_STATE_SCHEDULED"] = 1;
            values[valuesById[2] = "SESSION_STATE_CAPTURING"] = 2;
            values[valuesById[3] = "SESSION_STATE_STOPPED"] = 3;
            values[valuesById[4] = "SESSION_STATE_FAILED"] = 4;
            return values;
        })();

        v1.SessionAck = (function() {

            /**
             * Properties of a SessionAck.
             * @typedef {Object} tunnelscope.v1.SessionAck.$Properties
             * @property {string|null} [sessionId] The session the command was about.
             * @property {boolean|null} [accepted] True when the agent did what the command asked.
             * @property {tunnelscope.v1.SessionError|null} [error] Why not, when accepted is false (SESSION_ERROR_UNSPECIFIED otherwise).
             * @property {string|null} [message] One human sentence: what went wrong and how to fix it; empty when accepted.
             * @property {tunnelscope.v1.SessionState|null} [state] The session's state after the command.
             * @property {number|null} [batches] Batches built for the session so far (the last batch_seq).
             * @property {number|Long|null} [agentTimeNs] The agent's clock when it replied (Unix ns); a coarse first clock-offset hint.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionAck.
             * @memberof tunnelscope.v1
             * @interface ISessionAck
             * @augments tunnelscope.v1.SessionAck.$Properties
             * @deprecated Use tunnelscope.v1.SessionAck.$Properties instead.
             */

            /**
             * Shape of a SessionAck.
             * @typedef {tunnelscope.v1.SessionAck.$Properties} tunnelscope.v1.SessionAck.$Shape
             */

            /**
             * Constructs a new SessionAck.
             * @memberof tunnelscope.v1
             * @classdesc An agent's reply to a SessionCommand.
             * @constructor
             * @param {tunnelscope.v1.SessionAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The session the command was about.
             * @member {string} sessionId
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.sessionId = "";

            /**
             * True when the agent did what the command asked.
             * @member {boolean} accepted
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.accepted = false;

            /**
             * Why not, when accepted is false (SESSION_ERROR_UNSPECIFIED otherwise).
             * @member {tunnelscope.v1.SessionError} error
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.error = 0;

            /**
             * One human sentence: what went wrong and how to fix it; empty when accepted.
             * @member {string} message
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.message = "";

            /**
             * The session's state after the command.
             * @member {tunnelscope.v1.SessionState} state
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.state = 0;

            /**
             * Batches built for the session so far (the last batch_seq).
             * @member {number} batches
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.batches = 0;

            /**
             * The agent's clock when it replied (Unix ns); a coarse first clock-offset hint.
             * @member {number|Long} agentTimeNs
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.agentTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SessionAck instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {tunnelscope.v1.SessionAck.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.SessionAck} SessionAck instance
             * @type {{
             *   (properties: tunnelscope.v1.SessionAck.$Shape): tunnelscope.v1.SessionAck & tunnelscope.v1.SessionAck.$Shape;
             *   (properties?: tunnelscope.v1.SessionAck.$Properties): tunnelscope.v1.SessionAck;
             * }}
             */
            SessionAck.create = function(properties) {
                return new SessionAck(properties);
            };

            /**
             * Encodes the specified SessionAck message. Does not implicitly {@link tunnelscope.v1.SessionAck.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {tunnelscope.v1.SessionAck.$Properties} message SessionAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.error);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.state);
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches") && message.batches !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.batches);
                if (message.agentTimeNs != null && $Object.hasOwnProperty.call(message, "agentTimeNs") && (typeof message.agentTimeNs === "object" ? message.agentTimeNs.low || message.agentTimeNs.high : message.agentTimeNs !== 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).fixed64(message.agentTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionAck message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SessionAck & tunnelscope.v1.SessionAck.$Shape} SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.SessionAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batches = value;
                            else
                                delete message.batches;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentTimeNs = value;
                            else
                                delete message.agentTimeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SessionAck message.
             * @function verify
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (typeof message.accepted !== "boolean")
                        return "accepted: boolean expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (typeof message.error !== "number" || (message.error | 0) !== message.error)
                        return "error: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                    if (!$util.isInteger(message.batches))
                        return "batches: integer expected";
                if (message.agentTimeNs != null && $Object.hasOwnProperty.call(message, "agentTimeNs"))
                    if (!$util.isInteger(message.agentTimeNs) && !(message.agentTimeNs && $util.isInteger(message.agentTimeNs.low) && $util.isInteger(message.agentTimeNs.high)))
                        return "agentTimeNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a SessionAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.SessionAck} SessionAck
             */
            SessionAck.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.SessionAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.SessionAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.SessionAck();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.error !== 0 && (typeof object.error !== "string" || $root.tunnelscope.v1.SessionError[object.error] !== 0))
                    switch (object.error) {
                    case "SESSION_ERROR_UNSPECIFIED":
                    case 0:
                        message.error = 0;
                        break;
                    case "SESSION_ERROR_INVALID_ARGUMENT":
                    case 1:
                        message.error = 1;
                        break;
                    case "SESSION_ERROR_UNKNOWN_SESSION":
                    case 2:
                        message.error = 2;
                        break;
                    case "SESSION_ERROR_ALREADY_RUNNING":
                    case 3:
                        message.error = 3;
                        break;
                    case "SESSION_ERROR_BUSY":
                    case 4:
                        message.error = 4;
                        break;
                    case "SESSION_ERROR_PERMISSION_DENIED":
                    case 5:
                        message.error = 5;
                        break;
                    case "SESSION_ERROR_CAPTURE_FAILED":
                    case 6:
                        message.error = 6;
                        break;
                    case "SESSION_ERROR_INTERNAL":
                    case 7:
                        message.error = 7;
                        break;
                    default:
                        if (typeof object.error === "number" && (object.error | 0) === object.error)
                            message.error = object.error;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.tunnelscope.v1.SessionState[object.state] !== 0))
                    switch (object.state) {
                    case "SESSION_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "SESSION_STATE_SCHEDULED":
                    case 1:
                        message.state = 1;
                        break;
                    case "SESSION_STATE_CAPTURING":
                    case 2:
                        message.state = 2;
                        break;
                    case "SESSION_STATE_STOPPED":
                    case 3:
                        message.state = 3;
                        break;
                    case "SESSION_STATE_FAILED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.batches != null)
                    if ($Number(object.batches) !== 0)
                        message.batches = object.batches >>> 0;
                if (object.agentTimeNs != null)
                    if (typeof object.agentTimeNs === "object" ? object.agentTimeNs.low || object.agentTimeNs.high : $Number(object.agentTimeNs) !== 0)
                        if ($util.Long)
                            message.agentTimeNs = $util.Long.fromValue(object.agentTimeNs, true);
                        else if (typeof object.agentTimeNs === "string")
                            message.agentTimeNs = $parseInt(object.agentTimeNs, 10);
                        else if (typeof object.agentTimeNs === "number")
                            message.agentTimeNs = object.agentTimeNs;
                        else if (typeof object.agentTimeNs === "object")
                            message.agentTimeNs = new $util.LongBits(object.agentTimeNs.low >>> 0, object.agentTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SessionAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {tunnelscope.v1.SessionAck} message SessionAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.accepted = false;
                    object.error = options.enums === $String ? "SESSION_ERROR_UNSPECIFIED" : 0;
                    object.message = "";
                    object.state = options.enums === $String ? "SESSION_STATE_UNSPECIFIED" : 0;
                    object.batches = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = options.enums === $String ? $root.tunnelscope.v1.SessionError[message.error] === $undefined ? message.error : $root.tunnelscope.v1.SessionError[message.error] : message.error;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.tunnelscope.v1.SessionState[message.state] === $undefined ? message.state : $root.tunnelscope.v1.SessionState[message.state] : message.state;
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                    object.batches = message.batches;
                if (message.agentTimeNs != null && $Object.hasOwnProperty.call(message, "agentTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentTimeNs = typeof message.agentTimeNs === "number" ? $BigInt(message.agentTimeNs) : $util.Long.fromBits(message.agentTimeNs.low >>> 0, message.agentTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.agentTimeNs === "number")
                        object.agentTimeNs = options.longs === $String ? $String(message.agentTimeNs) : message.agentTimeNs;
                    else
                        object.agentTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.agentTimeNs) : options.longs === $Number ? new $util.LongBits(message.agentTimeNs.low >>> 0, message.agentTimeNs.high >>> 0).toNumber(true) : message.agentTimeNs;
                return object;
            };

            /**
             * Converts this SessionAck to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.SessionAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionAck.prototype.toJSON = function() {
                return SessionAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SessionAck
             * @function getTypeUrl
             * @memberof tunnelscope.v1.SessionAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SessionAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.SessionAck";
            };

            return SessionAck;
        })();

        v1.SummaryBatch = (function() {

            /**
             * Properties of a SummaryBatch.
             * @typedef {Object} tunnelscope.v1.SummaryBatch.$Properties
             * @property {string|null} [sessionId] Session id (as in SessionCommand.session_id).
             * @property {string|null} [agentId] Agent id (as in AgentHello.agent_id).
             * @property {number|null} [batchSeq] 1 for the first batch of the session, +1 for every batch built, including batches
             * the spool later had to drop: a gap in batch_seq is a lost batch.
             * @property {number|Long|null} [intervalStartNs] Interval start, inclusive (Unix ns, agent clock).
             * @property {number|Long|null} [intervalEndNs] Interval end, exclusive (Unix ns, agent clock).
             * @property {boolean|null} [final] This is the agent's last batch for the session.
             * @property {Array.<tunnelscope.v1.FlowDirectionSummary.$Properties>|null} [flows] TCP flow directions active during the interval, one entry per tap and direction.
             * @property {Array.<tunnelscope.v1.EspSaSummary.$Properties>|null} [sas] ESP SAs seen during the interval, one entry per tap and SA.
             * @property {tunnelscope.v1.HostCounters.$Properties|null} [host] Host counters over the interval.
             * @property {Array.<tunnelscope.v1.PacketDigest.$Properties>|null} [digests] Digests of the sampled packets of the interval, in capture order.
             * @property {tunnelscope.v1.CaptureHealth.$Properties|null} [health] The capture's own health over the interval.
             * @property {boolean|null} [digestsFullRate] The digests were taken at full rate (every packet) from the agent's ring buffer
             * around a detected collapse, not at the session's sampling_rate.
             * @property {Array.<tunnelscope.v1.CaptureInterfaceRole.$Properties>|null} [interfaces] The capture interfaces the digests' `interface` numbers refer to, one entry per
             * interface the session has seen so far. Sent whole in the session's first batch,
             * whenever it changed since it was last sent, at least every 16th batch and in the
             * final batch; empty in the other batches: the receiver keeps the last table it saw
             * per agent and session (by batch_seq) and reads a batch without one with it. Empty
             * from agents that predate PacketDigest.interface.
             * @property {Uint8Array|null} [collapsePcap] Set with digests_full_rate: a headers-only capture of the packets of the agent's ring
             * buffer around the detected collapse, as a pcapng file (one interface block per
             * capture interface and link type, named when the agent knows the name; microsecond
             * timestamps, agent clock). Every frame is cut after its transport header: the link
             * header, IP header(s), then the TCP header with its options, for ESP only the SPI and
             * sequence number (8 bytes; after the UDP header when encapsulated), for an ICMP
             * too-big the ICMP header and the quoted IP header plus 8 bytes. No payload byte is
             * ever kept. Bounded by the agent's digests.sliceMaxBytes (frames farthest from the
             * collapse are left out first); empty otherwise, and left out of a batch that would
             * exceed the message size cap.
             * @property {number|Long|null} [collapseAtNs] Capture time of the packet that triggered the collapse dump (Unix ns, agent clock);
             * 0 when the batch carries no dump.
             * @property {Array.<tunnelscope.v1.GatewayTransit.$Properties>|null} [transit] Gateway transit measured by the agent at full rate (every packet, whatever the
             * sampling rate): per SA and direction, cleartext packets paired with the ESP packet
             * that carried them (encrypting side) or that they came out of (decrypting side), over
             * the packets this batch settles. Empty from agents without an inner (cleartext) tap
             * and from older agents.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SummaryBatch.
             * @memberof tunnelscope.v1
             * @interface ISummaryBatch
             * @augments tunnelscope.v1.SummaryBatch.$Properties
             * @deprecated Use tunnelscope.v1.SummaryBatch.$Properties instead.
             */

            /**
             * Shape of a SummaryBatch.
             * @typedef {tunnelscope.v1.SummaryBatch.$Properties} tunnelscope.v1.SummaryBatch.$Shape
             */

            /**
             * Constructs a new SummaryBatch.
             * @memberof tunnelscope.v1
             * @classdesc Everything one agent saw for one session during one interval.
             * @constructor
             * @param {tunnelscope.v1.SummaryBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SummaryBatch = function (properties) {
                this.flows = [];
                this.sas = [];
                this.digests = [];
                this.interfaces = [];
                this.transit = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Session id (as in SessionCommand.session_id).
             * @member {string} sessionId
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.sessionId = "";

            /**
             * Agent id (as in AgentHello.agent_id).
             * @member {string} agentId
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.agentId = "";

            /**
             * 1 for the first batch of the session, +1 for every batch built, including batches
             * the spool later had to drop: a gap in batch_seq is a lost batch.
             * @member {number} batchSeq
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.batchSeq = 0;

            /**
             * Interval start, inclusive (Unix ns, agent clock).
             * @member {number|Long} intervalStartNs
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.intervalStartNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Interval end, exclusive (Unix ns, agent clock).
             * @member {number|Long} intervalEndNs
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.intervalEndNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * This is the agent's last batch for the session.
             * @member {boolean} final
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.final = false;

            /**
             * TCP flow directions active during the interval, one entry per tap and direction.
             * @member {Array.<tunnelscope.v1.FlowDirectionSummary.$Properties>} flows
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.flows = $util.emptyArray;

            /**
             * ESP SAs seen during the interval, one entry per tap and SA.
             * @member {Array.<tunnelscope.v1.EspSaSummary.$Properties>} sas
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.sas = $util.emptyArray;

            /**
             * Host counters over the interval.
             * @member {tunnelscope.v1.HostCounters.$Properties|null|undefined} host
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.host = null;

            /**
             * Digests of the sampled packets of the interval, in capture order.
             * @member {Array.<tunnelscope.v1.PacketDigest.$Properties>} digests
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.digests = $util.emptyArray;

            /**
             * The capture's own health over the interval.
             * @member {tunnelscope.v1.CaptureHealth.$Properties|null|undefined} health
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.health = null;

            /**
             * The digests were taken at full rate (every packet) from the agent's ring buffer
             * around a detected collapse, not at the session's sampling_rate.
             * @member {boolean} digestsFullRate
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.digestsFullRate = false;

            /**
             * The capture interfaces the digests' `interface` numbers refer to, one entry per
             * interface the session has seen so far. Sent whole in the session's first batch,
             * whenever it changed since it was last sent, at least every 16th batch and in the
             * final batch; empty in the other batches: the receiver keeps the last table it saw
             * per agent and session (by batch_seq) and reads a batch without one with it. Empty
             * from agents that predate PacketDigest.interface.
             * @member {Array.<tunnelscope.v1.CaptureInterfaceRole.$Properties>} interfaces
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.interfaces = $util.emptyArray;

            /**
             * Set with digests_full_rate: a headers-only capture of the packets of the agent's ring
             * buffer around the detected collapse, as a pcapng file (one interface block per
             * capture interface and link type, named when the agent knows the name; microsecond
             * timestamps, agent clock). Every frame is cut after its transport header: the link
             * header, IP header(s), then the TCP header with its options, for ESP only the SPI and
             * sequence number (8 bytes; after the UDP header when encapsulated), for an ICMP
             * too-big the ICMP header and the quoted IP header plus 8 bytes. No payload byte is
             * ever kept. Bounded by the agent's digests.sliceMaxBytes (frames farthest from the
             * collapse are left out first); empty otherwise, and left out of a batch that would
             * exceed the message size cap.
             * @member {Uint8Array} collapsePcap
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.collapsePcap = $util.newBuffer([]);

            /**
             * Capture time of the packet that triggered the collapse dump (Unix ns, agent clock);
             * 0 when the batch carries no dump.
             * @member {number|Long} collapseAtNs
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.collapseAtNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gateway transit measured by the agent at full rate (every packet, whatever the
             * sampling rate): per SA and direction, cleartext packets paired with the ESP packet
             * that carried them (encrypting side) or that they came out of (decrypting side), over
             * the packets this batch settles. Empty from agents without an inner (cleartext) tap
             * and from older agents.
             * @member {Array.<tunnelscope.v1.GatewayTransit.$Properties>} transit
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             */
            SummaryBatch.prototype.transit = $util.emptyArray;

            /**
             * Creates a new SummaryBatch instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {tunnelscope.v1.SummaryBatch.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.SummaryBatch} SummaryBatch instance
             * @type {{
             *   (properties: tunnelscope.v1.SummaryBatch.$Shape): tunnelscope.v1.SummaryBatch & tunnelscope.v1.SummaryBatch.$Shape;
             *   (properties?: tunnelscope.v1.SummaryBatch.$Properties): tunnelscope.v1.SummaryBatch;
             * }}
             */
            SummaryBatch.create = function(properties) {
                return new SummaryBatch(properties);
            };

            /**
             * Encodes the specified SummaryBatch message. Does not implicitly {@link tunnelscope.v1.SummaryBatch.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {tunnelscope.v1.SummaryBatch.$Properties} message SummaryBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SummaryBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentId);
                if (message.batchSeq != null && $Object.hasOwnProperty.call(message, "batchSeq") && message.batchSeq !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.batchSeq);
                if (message.intervalStartNs != null && $Object.hasOwnProperty.call(message, "intervalStartNs") && (typeof message.intervalStartNs === "object" ? message.intervalStartNs.low || message.intervalStartNs.high : message.intervalStartNs !== 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).fixed64(message.intervalStartNs);
                if (message.intervalEndNs != null && $Object.hasOwnProperty.call(message, "intervalEndNs") && (typeof message.intervalEndNs === "object" ? message.intervalEndNs.low || message.intervalEndNs.high : message.intervalEndNs !== 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).fixed64(message.intervalEndNs);
                if (message.final != null && $Object.hasOwnProperty.call(message, "final") && message.final !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.final);
                if (message.flows != null && message.flows.length)
                    for (let i = 0; i < message.flows.length; ++i)
                        $root.tunnelscope.v1.FlowDirectionSummary.encode(message.flows[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.sas != null && message.sas.length)
                    for (let i = 0; i < message.sas.length; ++i)
                        $root.tunnelscope.v1.EspSaSummary.encode(message.sas[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    $root.tunnelscope.v1.HostCounters.encode(message.host, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.digests != null && message.digests.length)
                    for (let i = 0; i < message.digests.length; ++i)
                        $root.tunnelscope.v1.PacketDigest.encode(message.digests[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.tunnelscope.v1.CaptureHealth.encode(message.health, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.digestsFullRate != null && $Object.hasOwnProperty.call(message, "digestsFullRate") && message.digestsFullRate !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.digestsFullRate);
                if (message.interfaces != null && message.interfaces.length)
                    for (let i = 0; i < message.interfaces.length; ++i)
                        $root.tunnelscope.v1.CaptureInterfaceRole.encode(message.interfaces[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.collapsePcap != null && $Object.hasOwnProperty.call(message, "collapsePcap") && message.collapsePcap.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.collapsePcap);
                if (message.collapseAtNs != null && $Object.hasOwnProperty.call(message, "collapseAtNs") && (typeof message.collapseAtNs === "object" ? message.collapseAtNs.low || message.collapseAtNs.high : message.collapseAtNs !== 0))
                    writer.uint32(/* id 15, wireType 1 =*/121).fixed64(message.collapseAtNs);
                if (message.transit != null && message.transit.length)
                    for (let i = 0; i < message.transit.length; ++i)
                        $root.tunnelscope.v1.GatewayTransit.encode(message.transit[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SummaryBatch message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SummaryBatch & tunnelscope.v1.SummaryBatch.$Shape} SummaryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SummaryBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.SummaryBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSeq = value;
                            else
                                delete message.batchSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.intervalStartNs = value;
                            else
                                delete message.intervalStartNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.intervalEndNs = value;
                            else
                                delete message.intervalEndNs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.final = value;
                            else
                                delete message.final;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flows && message.flows.length))
                                message.flows = [];
                            message.flows.push($root.tunnelscope.v1.FlowDirectionSummary.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sas && message.sas.length))
                                message.sas = [];
                            message.sas.push($root.tunnelscope.v1.EspSaSummary.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.host = $root.tunnelscope.v1.HostCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.digests && message.digests.length))
                                message.digests = [];
                            message.digests.push($root.tunnelscope.v1.PacketDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.tunnelscope.v1.CaptureHealth.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.digestsFullRate = value;
                            else
                                delete message.digestsFullRate;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.interfaces && message.interfaces.length))
                                message.interfaces = [];
                            message.interfaces.push($root.tunnelscope.v1.CaptureInterfaceRole.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.collapsePcap = value;
                            else
                                delete message.collapsePcap;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.collapseAtNs = value;
                            else
                                delete message.collapseAtNs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transit && message.transit.length))
                                message.transit = [];
                            message.transit.push($root.tunnelscope.v1.GatewayTransit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SummaryBatch message.
             * @function verify
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SummaryBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.batchSeq != null && $Object.hasOwnProperty.call(message, "batchSeq"))
                    if (!$util.isInteger(message.batchSeq))
                        return "batchSeq: integer expected";
                if (message.intervalStartNs != null && $Object.hasOwnProperty.call(message, "intervalStartNs"))
                    if (!$util.isInteger(message.intervalStartNs) && !(message.intervalStartNs && $util.isInteger(message.intervalStartNs.low) && $util.isInteger(message.intervalStartNs.high)))
                        return "intervalStartNs: integer|Long expected";
                if (message.intervalEndNs != null && $Object.hasOwnProperty.call(message, "intervalEndNs"))
                    if (!$util.isInteger(message.intervalEndNs) && !(message.intervalEndNs && $util.isInteger(message.intervalEndNs.low) && $util.isInteger(message.intervalEndNs.high)))
                        return "intervalEndNs: integer|Long expected";
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    if (typeof message.final !== "boolean")
                        return "final: boolean expected";
                if (message.flows != null && $Object.hasOwnProperty.call(message, "flows")) {
                    if (!$Array.isArray(message.flows))
                        return "flows: array expected";
                    for (let i = 0; i < message.flows.length; ++i) {
                        let error = $root.tunnelscope.v1.FlowDirectionSummary.verify(message.flows[i], _depth + 1);
                        if (error)
                            return "flows." + error;
                    }
                }
                if (message.sas != null && $Object.hasOwnProperty.call(message, "sas")) {
                    if (!$Array.isArray(message.sas))
                        return "sas: array expected";
                    for (let i = 0; i < message.sas.length; ++i) {
                        let error = $root.tunnelscope.v1.EspSaSummary.verify(message.sas[i], _depth + 1);
                        if (error)
                            return "sas." + error;
                    }
                }
                if (message.host != null && $Object.hasOwnProperty.call(message, "host")) {
                    let error = $root.tunnelscope.v1.HostCounters.verify(message.host, _depth + 1);
                    if (error)
                        return "host." + error;
                }
                if (message.digests != null && $Object.hasOwnProperty.call(message, "digests")) {
                    if (!$Array.isArray(message.digests))
                        return "digests: array expected";
                    for (let i = 0; i < message.digests.length; ++i) {
                        let error = $root.tunnelscope.v1.PacketDigest.verify(message.digests[i], _depth + 1);
                        if (error)
                            return "digests." + error;
                    }
                }
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    let error = $root.tunnelscope.v1.CaptureHealth.verify(message.health, _depth + 1);
                    if (error)
                        return "health." + error;
                }
                if (message.digestsFullRate != null && $Object.hasOwnProperty.call(message, "digestsFullRate"))
                    if (typeof message.digestsFullRate !== "boolean")
                        return "digestsFullRate: boolean expected";
                if (message.interfaces != null && $Object.hasOwnProperty.call(message, "interfaces")) {
                    if (!$Array.isArray(message.interfaces))
                        return "interfaces: array expected";
                    for (let i = 0; i < message.interfaces.length; ++i) {
                        let error = $root.tunnelscope.v1.CaptureInterfaceRole.verify(message.interfaces[i], _depth + 1);
                        if (error)
                            return "interfaces." + error;
                    }
                }
                if (message.collapsePcap != null && $Object.hasOwnProperty.call(message, "collapsePcap"))
                    if (!(message.collapsePcap && typeof message.collapsePcap.length === "number" || $util.isString(message.collapsePcap)))
                        return "collapsePcap: buffer expected";
                if (message.collapseAtNs != null && $Object.hasOwnProperty.call(message, "collapseAtNs"))
                    if (!$util.isInteger(message.collapseAtNs) && !(message.collapseAtNs && $util.isInteger(message.collapseAtNs.low) && $util.isInteger(message.collapseAtNs.high)))
                        return "collapseAtNs: integer|Long expected";
                if (message.transit != null && $Object.hasOwnProperty.call(message, "transit")) {
                    if (!$Array.isArray(message.transit))
                        return "transit: array expected";
                    for (let i = 0; i < message.transit.length; ++i) {
                        let error = $root.tunnelscope.v1.GatewayTransit.verify(message.transit[i], _depth + 1);
                        if (error)
                            return "transit." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SummaryBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.SummaryBatch} SummaryBatch
             */
            SummaryBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.SummaryBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.SummaryBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.SummaryBatch();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.batchSeq != null)
                    if ($Number(object.batchSeq) !== 0)
                        message.batchSeq = object.batchSeq >>> 0;
                if (object.intervalStartNs != null)
                    if (typeof object.intervalStartNs === "object" ? object.intervalStartNs.low || object.intervalStartNs.high : $Number(object.intervalStartNs) !== 0)
                        if ($util.Long)
                            message.intervalStartNs = $util.Long.fromValue(object.intervalStartNs, true);
                        else if (typeof object.intervalStartNs === "string")
                            message.intervalStartNs = $parseInt(object.intervalStartNs, 10);
                        else if (typeof object.intervalStartNs === "number")
                            message.intervalStartNs = object.intervalStartNs;
                        else if (typeof object.intervalStartNs === "object")
                            message.intervalStartNs = new $util.LongBits(object.intervalStartNs.low >>> 0, object.intervalStartNs.high >>> 0).toNumber(true);
                if (object.intervalEndNs != null)
                    if (typeof object.intervalEndNs === "object" ? object.intervalEndNs.low || object.intervalEndNs.high : $Number(object.intervalEndNs) !== 0)
                        if ($util.Long)
                            message.intervalEndNs = $util.Long.fromValue(object.intervalEndNs, true);
                        else if (typeof object.intervalEndNs === "string")
                            message.intervalEndNs = $parseInt(object.intervalEndNs, 10);
                        else if (typeof object.intervalEndNs === "number")
                            message.intervalEndNs = object.intervalEndNs;
                        else if (typeof object.intervalEndNs === "object")
                            message.intervalEndNs = new $util.LongBits(object.intervalEndNs.low >>> 0, object.intervalEndNs.high >>> 0).toNumber(true);
                if (object.final != null)
                    if (object.final)
                        message.final = $Boolean(object.final);
                if (object.flows) {
                    if (!$Array.isArray(object.flows))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.flows: array expected");
                    message.flows = $Array(object.flows.length);
                    for (let i = 0; i < object.flows.length; ++i) {
                        if (!$util.isObject(object.flows[i]))
                            throw $TypeError(".tunnelscope.v1.SummaryBatch.flows: object expected");
                        message.flows[i] = $root.tunnelscope.v1.FlowDirectionSummary.fromObject(object.flows[i], _depth + 1);
                    }
                }
                if (object.sas) {
                    if (!$Array.isArray(object.sas))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.sas: array expected");
                    message.sas = $Array(object.sas.length);
                    for (let i = 0; i < object.sas.length; ++i) {
                        if (!$util.isObject(object.sas[i]))
                            throw $TypeError(".tunnelscope.v1.SummaryBatch.sas: object expected");
                        message.sas[i] = $root.tunnelscope.v1.EspSaSummary.fromObject(object.sas[i], _depth + 1);
                    }
                }
                if (object.host != null) {
                    if (!$util.isObject(object.host))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.host: object expected");
                    message.host = $root.tunnelscope.v1.HostCounters.fromObject(object.host, _depth + 1);
                }
                if (object.digests) {
                    if (!$Array.isArray(object.digests))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.digests: array expected");
                    message.digests = $Array(object.digests.length);
                    for (let i = 0; i < object.digests.length; ++i) {
                        if (!$util.isObject(object.digests[i]))
                            throw $TypeError(".tunnelscope.v1.SummaryBatch.digests: object expected");
                        message.digests[i] = $root.tunnelscope.v1.PacketDigest.fromObject(object.digests[i], _depth + 1);
                    }
                }
                if (object.health != null) {
                    if (!$util.isObject(object.health))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.health: object expected");
                    message.health = $root.tunnelscope.v1.CaptureHealth.fromObject(object.health, _depth + 1);
                }
                if (object.digestsFullRate != null)
                    if (object.digestsFullRate)
                        message.digestsFullRate = $Boolean(object.digestsFullRate);
                if (object.interfaces) {
                    if (!$Array.isArray(object.interfaces))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.interfaces: array expected");
                    message.interfaces = $Array(object.interfaces.length);
                    for (let i = 0; i < object.interfaces.length; ++i) {
                        if (!$util.isObject(object.interfaces[i]))
                            throw $TypeError(".tunnelscope.v1.SummaryBatch.interfaces: object expected");
                        message.interfaces[i] = $root.tunnelscope.v1.CaptureInterfaceRole.fromObject(object.interfaces[i], _depth + 1);
                    }
                }
                if (object.collapsePcap != null)
                    if (object.collapsePcap.length)
                        if (typeof object.collapsePcap === "string")
                            $util.base64.decode(object.collapsePcap, message.collapsePcap = $util.newBuffer($util.base64.length(object.collapsePcap)), 0);
                        else if (object.collapsePcap.length >= 0)
                            message.collapsePcap = object.collapsePcap;
                if (object.collapseAtNs != null)
                    if (typeof object.collapseAtNs === "object" ? object.collapseAtNs.low || object.collapseAtNs.high : $Number(object.collapseAtNs) !== 0)
                        if ($util.Long)
                            message.collapseAtNs = $util.Long.fromValue(object.collapseAtNs, true);
                        else if (typeof object.collapseAtNs === "string")
                            message.collapseAtNs = $parseInt(object.collapseAtNs, 10);
                        else if (typeof object.collapseAtNs === "number")
                            message.collapseAtNs = object.collapseAtNs;
                        else if (typeof object.collapseAtNs === "object")
                            message.collapseAtNs = new $util.LongBits(object.collapseAtNs.low >>> 0, object.collapseAtNs.high >>> 0).toNumber(true);
                if (object.transit) {
                    if (!$Array.isArray(object.transit))
                        throw $TypeError(".tunnelscope.v1.SummaryBatch.transit: array expected");
                    message.transit = $Array(object.transit.length);
                    for (let i = 0; i < object.transit.length; ++i) {
                        if (!$util.isObject(object.transit[i]))
                            throw $TypeError(".tunnelscope.v1.SummaryBatch.transit: object expected");
                        message.transit[i] = $root.tunnelscope.v1.GatewayTransit.fromObject(object.transit[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SummaryBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {tunnelscope.v1.SummaryBatch} message SummaryBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SummaryBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.flows = [];
                    object.sas = [];
                    object.digests = [];
                    object.interfaces = [];
                    object.transit = [];
                }
                if (options.defaults) {
                    object.sessionId = "";
                    object.agentId = "";
                    object.batchSeq = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.intervalStartNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.intervalStartNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.intervalEndNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.intervalEndNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.final = false;
                    object.host = null;
                    object.health = null;
                    object.digestsFullRate = false;
                    if (options.bytes === $String)
                        object.collapsePcap = "";
                    else {
                        object.collapsePcap = [];
                        if (options.bytes !== $Array)
                            object.collapsePcap = $util.newBuffer(object.collapsePcap);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.collapseAtNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.collapseAtNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.batchSeq != null && $Object.hasOwnProperty.call(message, "batchSeq"))
                    object.batchSeq = message.batchSeq;
                if (message.intervalStartNs != null && $Object.hasOwnProperty.call(message, "intervalStartNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.intervalStartNs = typeof message.intervalStartNs === "number" ? $BigInt(message.intervalStartNs) : $util.Long.fromBits(message.intervalStartNs.low >>> 0, message.intervalStartNs.high >>> 0, true).toBigInt();
                    else if (typeof message.intervalStartNs === "number")
                        object.intervalStartNs = options.longs === $String ? $String(message.intervalStartNs) : message.intervalStartNs;
                    else
                        object.intervalStartNs = options.longs === $String ? $util.Long.prototype.toString.call(message.intervalStartNs) : options.longs === $Number ? new $util.LongBits(message.intervalStartNs.low >>> 0, message.intervalStartNs.high >>> 0).toNumber(true) : message.intervalStartNs;
                if (message.intervalEndNs != null && $Object.hasOwnProperty.call(message, "intervalEndNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.intervalEndNs = typeof message.intervalEndNs === "number" ? $BigInt(message.intervalEndNs) : $util.Long.fromBits(message.intervalEndNs.low >>> 0, message.intervalEndNs.high >>> 0, true).toBigInt();
                    else if (typeof message.intervalEndNs === "number")
                        object.intervalEndNs = options.longs === $String ? $String(message.intervalEndNs) : message.intervalEndNs;
                    else
                        object.intervalEndNs = options.longs === $String ? $util.Long.prototype.toString.call(message.intervalEndNs) : options.longs === $Number ? new $util.LongBits(message.intervalEndNs.low >>> 0, message.intervalEndNs.high >>> 0).toNumber(true) : message.intervalEndNs;
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    object.final = message.final;
                if (message.flows && message.flows.length) {
                    object.flows = $Array(message.flows.length);
                    for (let j = 0; j < message.flows.length; ++j)
                        object.flows[j] = $root.tunnelscope.v1.FlowDirectionSummary.toObject(message.flows[j], options, _depth + 1);
                }
                if (message.sas && message.sas.length) {
                    object.sas = $Array(message.sas.length);
                    for (let j = 0; j < message.sas.length; ++j)
                        object.sas[j] = $root.tunnelscope.v1.EspSaSummary.toObject(message.sas[j], options, _depth + 1);
                }
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = $root.tunnelscope.v1.HostCounters.toObject(message.host, options, _depth + 1);
                if (message.digests && message.digests.length) {
                    object.digests = $Array(message.digests.length);
                    for (let j = 0; j < message.digests.length; ++j)
                        object.digests[j] = $root.tunnelscope.v1.PacketDigest.toObject(message.digests[j], options, _depth + 1);
                }
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = $root.tunnelscope.v1.CaptureHealth.toObject(message.health, options, _depth + 1);
                if (message.digestsFullRate != null && $Object.hasOwnProperty.call(message, "digestsFullRate"))
                    object.digestsFullRate = message.digestsFullRate;
                if (message.interfaces && message.interfaces.length) {
                    object.interfaces = $Array(message.interfaces.length);
                    for (let j = 0; j < message.interfaces.length; ++j)
                        object.interfaces[j] = $root.tunnelscope.v1.CaptureInterfaceRole.toObject(message.interfaces[j], options, _depth + 1);
                }
                if (message.collapsePcap != null && $Object.hasOwnProperty.call(message, "collapsePcap"))
                    object.collapsePcap = options.bytes === $String ? $util.base64.encode(message.collapsePcap, 0, message.collapsePcap.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.collapsePcap) : message.collapsePcap;
                if (message.collapseAtNs != null && $Object.hasOwnProperty.call(message, "collapseAtNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.collapseAtNs = typeof message.collapseAtNs === "number" ? $BigInt(message.collapseAtNs) : $util.Long.fromBits(message.collapseAtNs.low >>> 0, message.collapseAtNs.high >>> 0, true).toBigInt();
                    else if (typeof message.collapseAtNs === "number")
                        object.collapseAtNs = options.longs === $String ? $String(message.collapseAtNs) : message.collapseAtNs;
                    else
                        object.collapseAtNs = options.longs === $String ? $util.Long.prototype.toString.call(message.collapseAtNs) : options.longs === $Number ? new $util.LongBits(message.collapseAtNs.low >>> 0, message.collapseAtNs.high >>> 0).toNumber(true) : message.collapseAtNs;
                if (message.transit && message.transit.length) {
                    object.transit = $Array(message.transit.length);
                    for (let j = 0; j < message.transit.length; ++j)
                        object.transit[j] = $root.tunnelscope.v1.GatewayTransit.toObject(message.transit[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SummaryBatch to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.SummaryBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SummaryBatch.prototype.toJSON = function() {
                return SummaryBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SummaryBatch
             * @function getTypeUrl
             * @memberof tunnelscope.v1.SummaryBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SummaryBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.SummaryBatch";
            };

            return SummaryBatch;
        })();

        v1.GatewayTransit = (function() {

            /**
             * Properties of a GatewayTransit.
             * @typedef {Object} tunnelscope.v1.GatewayTransit.$Properties
             * @property {number|null} [spi] The SA's SPI (as in EspSaSummary.spi).
             * @property {boolean|null} [encrypt] True: cleartext → ESP (this gateway encrypts); false: ESP → cleartext (decrypts).
             * @property {number|Long|null} [matched] Packets paired (cleartext with its ESP packet).
             * @property {number|Long|null} [lost] Packets that died inside the gateway: cleartext without an ESP packet (encrypting
             * side), ESP packets that yielded no cleartext (decrypting side).
             * @property {number|null} [delayP50Us] Transit delay of the paired packets (µs): median, 90th percentile and maximum.
             * @property {number|null} [delayP90Us] GatewayTransit delayP90Us
             * @property {number|null} [delayMaxUs] GatewayTransit delayMaxUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayTransit.
             * @memberof tunnelscope.v1
             * @interface IGatewayTransit
             * @augments tunnelscope.v1.GatewayTransit.$Properties
             * @deprecated Use tunnelscope.v1.GatewayTransit.$Properties instead.
             */

            /**
             * Shape of a GatewayTransit.
             * @typedef {tunnelscope.v1.GatewayTransit.$Properties} tunnelscope.v1.GatewayTransit.$Shape
             */

            /**
             * Constructs a new GatewayTransit.
             * @memberof tunnelscope.v1
             * @classdesc One SA's transit through this agent's gateway in one direction (SummaryBatch.transit).
             * @constructor
             * @param {tunnelscope.v1.GatewayTransit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayTransit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The SA's SPI (as in EspSaSummary.spi).
             * @member {number} spi
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.spi = 0;

            /**
             * True: cleartext → ESP (this gateway encrypts); false: ESP → cleartext (decrypts).
             * @member {boolean} encrypt
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.encrypt = false;

            /**
             * Packets paired (cleartext with its ESP packet).
             * @member {number|Long} matched
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.matched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets that died inside the gateway: cleartext without an ESP packet (encrypting
             * side), ESP packets that yielded no cleartext (decrypting side).
             * @member {number|Long} lost
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Transit delay of the paired packets (µs): median, 90th percentile and maximum.
             * @member {number} delayP50Us
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.delayP50Us = 0;

            /**
             * GatewayTransit delayP90Us.
             * @member {number} delayP90Us
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.delayP90Us = 0;

            /**
             * GatewayTransit delayMaxUs.
             * @member {number} delayMaxUs
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             */
            GatewayTransit.prototype.delayMaxUs = 0;

            /**
             * Creates a new GatewayTransit instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {tunnelscope.v1.GatewayTransit.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.GatewayTransit} GatewayTransit instance
             * @type {{
             *   (properties: tunnelscope.v1.GatewayTransit.$Shape): tunnelscope.v1.GatewayTransit & tunnelscope.v1.GatewayTransit.$Shape;
             *   (properties?: tunnelscope.v1.GatewayTransit.$Properties): tunnelscope.v1.GatewayTransit;
             * }}
             */
            GatewayTransit.create = function(properties) {
                return new GatewayTransit(properties);
            };

            /**
             * Encodes the specified GatewayTransit message. Does not implicitly {@link tunnelscope.v1.GatewayTransit.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {tunnelscope.v1.GatewayTransit.$Properties} message GatewayTransit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayTransit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi") && message.spi !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.spi);
                if (message.encrypt != null && $Object.hasOwnProperty.call(message, "encrypt") && message.encrypt !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.encrypt);
                if (message.matched != null && $Object.hasOwnProperty.call(message, "matched") && (typeof message.matched === "object" ? message.matched.low || message.matched.high : message.matched !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.matched);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && (typeof message.lost === "object" ? message.lost.low || message.lost.high : message.lost !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lost);
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us") && !$Object.is(message.delayP50Us, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.delayP50Us);
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us") && !$Object.is(message.delayP90Us, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.delayP90Us);
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs") && !$Object.is(message.delayMaxUs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.delayMaxUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GatewayTransit message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.GatewayTransit & tunnelscope.v1.GatewayTransit.$Shape} GatewayTransit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayTransit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.GatewayTransit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.spi = value;
                            else
                                delete message.spi;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.encrypt = value;
                            else
                                delete message.encrypt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.matched = value;
                            else
                                delete message.matched;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delayP50Us = value;
                            else
                                delete message.delayP50Us;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delayP90Us = value;
                            else
                                delete message.delayP90Us;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delayMaxUs = value;
                            else
                                delete message.delayMaxUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GatewayTransit message.
             * @function verify
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayTransit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    if (!$util.isInteger(message.spi))
                        return "spi: integer expected";
                if (message.encrypt != null && $Object.hasOwnProperty.call(message, "encrypt"))
                    if (typeof message.encrypt !== "boolean")
                        return "encrypt: boolean expected";
                if (message.matched != null && $Object.hasOwnProperty.call(message, "matched"))
                    if (!$util.isInteger(message.matched) && !(message.matched && $util.isInteger(message.matched.low) && $util.isInteger(message.matched.high)))
                        return "matched: integer|Long expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (!$util.isInteger(message.lost) && !(message.lost && $util.isInteger(message.lost.low) && $util.isInteger(message.lost.high)))
                        return "lost: integer|Long expected";
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us"))
                    if (typeof message.delayP50Us !== "number")
                        return "delayP50Us: number expected";
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us"))
                    if (typeof message.delayP90Us !== "number")
                        return "delayP90Us: number expected";
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs"))
                    if (typeof message.delayMaxUs !== "number")
                        return "delayMaxUs: number expected";
                return null;
            };

            /**
             * Creates a GatewayTransit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.GatewayTransit} GatewayTransit
             */
            GatewayTransit.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.GatewayTransit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.GatewayTransit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.GatewayTransit();
                if (object.spi != null)
                    if ($Number(object.spi) !== 0)
                        message.spi = object.spi >>> 0;
                if (object.encrypt != null)
                    if (object.encrypt)
                        message.encrypt = $Boolean(object.encrypt);
                if (object.matched != null)
                    if (typeof object.matched === "object" ? object.matched.low || object.matched.high : $Number(object.matched) !== 0)
                        if ($util.Long)
                            message.matched = $util.Long.fromValue(object.matched, true);
                        else if (typeof object.matched === "string")
                            message.matched = $parseInt(object.matched, 10);
                        else if (typeof object.matched === "number")
                            message.matched = object.matched;
                        else if (typeof object.matched === "object")
                            message.matched = new $util.LongBits(object.matched.low >>> 0, object.matched.high >>> 0).toNumber(true);
                if (object.lost != null)
                    if (typeof object.lost === "object" ? object.lost.low || object.lost.high : $Number(object.lost) !== 0)
                        if ($util.Long)
                            message.lost = $util.Long.fromValue(object.lost, true);
                        else if (typeof object.lost === "string")
                            message.lost = $parseInt(object.lost, 10);
                        else if (typeof object.lost === "number")
                            message.lost = object.lost;
                        else if (typeof object.lost === "object")
                            message.lost = new $util.LongBits(object.lost.low >>> 0, object.lost.high >>> 0).toNumber(true);
                if (object.delayP50Us != null)
                    if (!$Object.is($Number(object.delayP50Us), 0))
                        message.delayP50Us = $Number(object.delayP50Us);
                if (object.delayP90Us != null)
                    if (!$Object.is($Number(object.delayP90Us), 0))
                        message.delayP90Us = $Number(object.delayP90Us);
                if (object.delayMaxUs != null)
                    if (!$Object.is($Number(object.delayMaxUs), 0))
                        message.delayMaxUs = $Number(object.delayMaxUs);
                return message;
            };

            /**
             * Creates a plain object from a GatewayTransit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {tunnelscope.v1.GatewayTransit} message GatewayTransit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayTransit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spi = 0;
                    object.encrypt = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.matched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.matched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delayP50Us = 0;
                    object.delayP90Us = 0;
                    object.delayMaxUs = 0;
                }
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    object.spi = message.spi;
                if (message.encrypt != null && $Object.hasOwnProperty.call(message, "encrypt"))
                    object.encrypt = message.encrypt;
                if (message.matched != null && $Object.hasOwnProperty.call(message, "matched"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.matched = typeof message.matched === "number" ? $BigInt(message.matched) : $util.Long.fromBits(message.matched.low >>> 0, message.matched.high >>> 0, true).toBigInt();
                    else if (typeof message.matched === "number")
                        object.matched = options.longs === $String ? $String(message.matched) : message.matched;
                    else
                        object.matched = options.longs === $String ? $util.Long.prototype.toString.call(message.matched) : options.longs === $Number ? new $util.LongBits(message.matched.low >>> 0, message.matched.high >>> 0).toNumber(true) : message.matched;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lost = typeof message.lost === "number" ? $BigInt(message.lost) : $util.Long.fromBits(message.lost.low >>> 0, message.lost.high >>> 0, true).toBigInt();
                    else if (typeof message.lost === "number")
                        object.lost = options.longs === $String ? $String(message.lost) : message.lost;
                    else
                        object.lost = options.longs === $String ? $util.Long.prototype.toString.call(message.lost) : options.longs === $Number ? new $util.LongBits(message.lost.low >>> 0, message.lost.high >>> 0).toNumber(true) : message.lost;
                if (message.delayP50Us != null && $Object.hasOwnProperty.call(message, "delayP50Us"))
                    object.delayP50Us = options.json && !$isFinite(message.delayP50Us) ? $String(message.delayP50Us) : message.delayP50Us;
                if (message.delayP90Us != null && $Object.hasOwnProperty.call(message, "delayP90Us"))
                    object.delayP90Us = options.json && !$isFinite(message.delayP90Us) ? $String(message.delayP90Us) : message.delayP90Us;
                if (message.delayMaxUs != null && $Object.hasOwnProperty.call(message, "delayMaxUs"))
                    object.delayMaxUs = options.json && !$isFinite(message.delayMaxUs) ? $String(message.delayMaxUs) : message.delayMaxUs;
                return object;
            };

            /**
             * Converts this GatewayTransit to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.GatewayTransit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayTransit.prototype.toJSON = function() {
                return GatewayTransit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayTransit
             * @function getTypeUrl
             * @memberof tunnelscope.v1.GatewayTransit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayTransit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.GatewayTransit";
            };

            return GatewayTransit;
        })();

        v1.CaptureInterfaceRole = (function() {

            /**
             * Properties of a CaptureInterfaceRole.
             * @typedef {Object} tunnelscope.v1.CaptureInterfaceRole.$Properties
             * @property {number|null} [id] The number PacketDigest.interface carries for packets seen on this interface.
             * @property {string|null} [name] Interface name when the agent knows it (pcapng if_name, or the configured name);
             * empty otherwise (e.g. `tcpdump -i any` SLL2 captures, which carry only the ifindex).
             * @property {tunnelscope.v1.Tap|null} [role] TAP_OUTER (the underlay/ESP interface), TAP_INNER (the site-LAN side), TAP_TUNNEL
             * (a route-based tunnel device); TAP_UNSPECIFIED when the agent cannot tell, in which
             * case the coordinator recognises the role from the traffic, as `analyze` does.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CaptureInterfaceRole.
             * @memberof tunnelscope.v1
             * @interface ICaptureInterfaceRole
             * @augments tunnelscope.v1.CaptureInterfaceRole.$Properties
             * @deprecated Use tunnelscope.v1.CaptureInterfaceRole.$Properties instead.
             */

            /**
             * Shape of a CaptureInterfaceRole.
             * @typedef {tunnelscope.v1.CaptureInterfaceRole.$Properties} tunnelscope.v1.CaptureInterfaceRole.$Shape
             */

            /**
             * Constructs a new CaptureInterfaceRole.
             * @memberof tunnelscope.v1
             * @classdesc One capture interface of the session and what the agent knows of its role.
             * @constructor
             * @param {tunnelscope.v1.CaptureInterfaceRole.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CaptureInterfaceRole = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The number PacketDigest.interface carries for packets seen on this interface.
             * @member {number} id
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @instance
             */
            CaptureInterfaceRole.prototype.id = 0;

            /**
             * Interface name when the agent knows it (pcapng if_name, or the configured name);
             * empty otherwise (e.g. `tcpdump -i any` SLL2 captures, which carry only the ifindex).
             * @member {string} name
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @instance
             */
            CaptureInterfaceRole.prototype.name = "";

            /**
             * TAP_OUTER (the underlay/ESP interface), TAP_INNER (the site-LAN side), TAP_TUNNEL
             * (a route-based tunnel device); TAP_UNSPECIFIED when the agent cannot tell, in which
             * case the coordinator recognises the role from the traffic, as `analyze` does.
             * @member {tunnelscope.v1.Tap} role
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @instance
             */
            CaptureInterfaceRole.prototype.role = 0;

            /**
             * Creates a new CaptureInterfaceRole instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {tunnelscope.v1.CaptureInterfaceRole.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.CaptureInterfaceRole} CaptureInterfaceRole instance
             * @type {{
             *   (properties: tunnelscope.v1.CaptureInterfaceRole.$Shape): tunnelscope.v1.CaptureInterfaceRole & tunnelscope.v1.CaptureInterfaceRole.$Shape;
             *   (properties?: tunnelscope.v1.CaptureInterfaceRole.$Properties): tunnelscope.v1.CaptureInterfaceRole;
             * }}
             */
            CaptureInterfaceRole.create = function(properties) {
                return new CaptureInterfaceRole(properties);
            };

            /**
             * Encodes the specified CaptureInterfaceRole message. Does not implicitly {@link tunnelscope.v1.CaptureInterfaceRole.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {tunnelscope.v1.CaptureInterfaceRole.$Properties} message CaptureInterfaceRole message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaptureInterfaceRole.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CaptureInterfaceRole message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.CaptureInterfaceRole & tunnelscope.v1.CaptureInterfaceRole.$Shape} CaptureInterfaceRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaptureInterfaceRole.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.CaptureInterfaceRole();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CaptureInterfaceRole message.
             * @function verify
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CaptureInterfaceRole.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (typeof message.role !== "number" || (message.role | 0) !== message.role)
                        return "role: enum value expected";
                return null;
            };

            /**
             * Creates a CaptureInterfaceRole message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.CaptureInterfaceRole} CaptureInterfaceRole
             */
            CaptureInterfaceRole.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.CaptureInterfaceRole)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.CaptureInterfaceRole: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.CaptureInterfaceRole();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.role !== 0 && (typeof object.role !== "string" || $root.tunnelscope.v1.Tap[object.role] !== 0))
                    switch (object.role) {
                    case "TAP_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "TAP_OUTER":
                    case 1:
                        message.role = 1;
                        break;
                    case "TAP_INNER":
                    case 2:
                        message.role = 2;
                        break;
                    case "TAP_TUNNEL":
                    case 3:
                        message.role = 3;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                return message;
            };

            /**
             * Creates a plain object from a CaptureInterfaceRole message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {tunnelscope.v1.CaptureInterfaceRole} message CaptureInterfaceRole
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CaptureInterfaceRole.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.name = "";
                    object.role = options.enums === $String ? "TAP_UNSPECIFIED" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.tunnelscope.v1.Tap[message.role] === $undefined ? message.role : $root.tunnelscope.v1.Tap[message.role] : message.role;
                return object;
            };

            /**
             * Converts this CaptureInterfaceRole to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CaptureInterfaceRole.prototype.toJSON = function() {
                return CaptureInterfaceRole.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CaptureInterfaceRole
             * @function getTypeUrl
             * @memberof tunnelscope.v1.CaptureInterfaceRole
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CaptureInterfaceRole.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.CaptureInterfaceRole";
            };

            return CaptureInterfaceRole;
        })();

        v1.TcpAnalysisCounts = (function() {

            /**
             * Properties of a TcpAnalysisCounts.
             * @typedef {Object} tunnelscope.v1.TcpAnalysisCounts.$Properties
             * @property {number|null} [retransmission] tcp.analysis.retransmission: a segment repeating sequence space already sent.
             * @property {number|null} [fastRetransmission] tcp.analysis.fast_retransmission: a retransmission after >= 2 duplicate ACKs.
             * @property {number|null} [spuriousRetransmission] tcp.analysis.spurious_retransmission: a retransmission of data already ACKed.
             * @property {number|null} [duplicateAck] tcp.analysis.duplicate_ack: an ACK repeating the previous ACK number and window.
             * @property {number|null} [lostSegment] tcp.analysis.lost_segment: a sequence gap; a previous segment was not captured.
             * @property {number|null} [ackLostSegment] tcp.analysis.ack_lost_segment: an ACK covering data that was not captured.
             * @property {number|null} [outOfOrder] tcp.analysis.out_of_order: a segment below the highest sequence seen, not a
             * retransmission.
             * @property {number|null} [zeroWindow] tcp.analysis.zero_window: the segment advertises a zero receive window.
             * @property {number|null} [zeroWindowProbe] tcp.analysis.zero_window_probe: a 1-byte probe into a peer's zero window.
             * @property {number|null} [zeroWindowProbeAck] tcp.analysis.zero_window_probe_ack: the ACK answering a zero-window probe.
             * @property {number|null} [windowFull] tcp.analysis.window_full: the segment fills the peer's advertised window.
             * @property {number|null} [windowUpdate] tcp.analysis.window_update: a pure ACK that only changes the window.
             * @property {number|null} [keepAlive] tcp.analysis.keep_alive: a keep-alive segment.
             * @property {number|null} [keepAliveAck] tcp.analysis.keep_alive_ack: the ACK answering a keep-alive.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TcpAnalysisCounts.
             * @memberof tunnelscope.v1
             * @interface ITcpAnalysisCounts
             * @augments tunnelscope.v1.TcpAnalysisCounts.$Properties
             * @deprecated Use tunnelscope.v1.TcpAnalysisCounts.$Properties instead.
             */

            /**
             * Shape of a TcpAnalysisCounts.
             * @typedef {tunnelscope.v1.TcpAnalysisCounts.$Properties} tunnelscope.v1.TcpAnalysisCounts.$Shape
             */

            /**
             * Constructs a new TcpAnalysisCounts.
             * @memberof tunnelscope.v1
             * @classdesc Counts of Wireshark's tcp.analysis.* flags for one flow direction, with the same
             * definitions so they can be checked against tshark. Each counts segments (or ACKs)
             * sent in this direction that got the flag.
             * @constructor
             * @param {tunnelscope.v1.TcpAnalysisCounts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TcpAnalysisCounts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * tcp.analysis.retransmission: a segment repeating sequence space already sent.
             * @member {number} retransmission
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.retransmission = 0;

            /**
             * tcp.analysis.fast_retransmission: a retransmission after >= 2 duplicate ACKs.
             * @member {number} fastRetransmission
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.fastRetransmission = 0;

            /**
             * tcp.analysis.spurious_retransmission: a retransmission of data already ACKed.
             * @member {number} spuriousRetransmission
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.spuriousRetransmission = 0;

            /**
             * tcp.analysis.duplicate_ack: an ACK repeating the previous ACK number and window.
             * @member {number} duplicateAck
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.duplicateAck = 0;

            /**
             * tcp.analysis.lost_segment: a sequence gap; a previous segment was not captured.
             * @member {number} lostSegment
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.lostSegment = 0;

            /**
             * tcp.analysis.ack_lost_segment: an ACK covering data that was not captured.
             * @member {number} ackLostSegment
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.ackLostSegment = 0;

            /**
             * tcp.analysis.out_of_order: a segment below the highest sequence seen, not a
             * retransmission.
             * @member {number} outOfOrder
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.outOfOrder = 0;

            /**
             * tcp.analysis.zero_window: the segment advertises a zero receive window.
             * @member {number} zeroWindow
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.zeroWindow = 0;

            /**
             * tcp.analysis.zero_window_probe: a 1-byte probe into a peer's zero window.
             * @member {number} zeroWindowProbe
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.zeroWindowProbe = 0;

            /**
             * tcp.analysis.zero_window_probe_ack: the ACK answering a zero-window probe.
             * @member {number} zeroWindowProbeAck
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.zeroWindowProbeAck = 0;

            /**
             * tcp.analysis.window_full: the segment fills the peer's advertised window.
             * @member {number} windowFull
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.windowFull = 0;

            /**
             * tcp.analysis.window_update: a pure ACK that only changes the window.
             * @member {number} windowUpdate
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.windowUpdate = 0;

            /**
             * tcp.analysis.keep_alive: a keep-alive segment.
             * @member {number} keepAlive
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.keepAlive = 0;

            /**
             * tcp.analysis.keep_alive_ack: the ACK answering a keep-alive.
             * @member {number} keepAliveAck
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             */
            TcpAnalysisCounts.prototype.keepAliveAck = 0;

            /**
             * Creates a new TcpAnalysisCounts instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {tunnelscope.v1.TcpAnalysisCounts.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.TcpAnalysisCounts} TcpAnalysisCounts instance
             * @type {{
             *   (properties: tunnelscope.v1.TcpAnalysisCounts.$Shape): tunnelscope.v1.TcpAnalysisCounts & tunnelscope.v1.TcpAnalysisCounts.$Shape;
             *   (properties?: tunnelscope.v1.TcpAnalysisCounts.$Properties): tunnelscope.v1.TcpAnalysisCounts;
             * }}
             */
            TcpAnalysisCounts.create = function(properties) {
                return new TcpAnalysisCounts(properties);
            };

            /**
             * Encodes the specified TcpAnalysisCounts message. Does not implicitly {@link tunnelscope.v1.TcpAnalysisCounts.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {tunnelscope.v1.TcpAnalysisCounts.$Properties} message TcpAnalysisCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TcpAnalysisCounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.retransmission != null && $Object.hasOwnProperty.call(message, "retransmission") && message.retransmission !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.retransmission);
                if (message.fastRetransmission != null && $Object.hasOwnProperty.call(message, "fastRetransmission") && message.fastRetransmission !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.fastRetransmission);
                if (message.spuriousRetransmission != null && $Object.hasOwnProperty.call(message, "spuriousRetransmission") && message.spuriousRetransmission !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.spuriousRetransmission);
                if (message.duplicateAck != null && $Object.hasOwnProperty.call(message, "duplicateAck") && message.duplicateAck !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.duplicateAck);
                if (message.lostSegment != null && $Object.hasOwnProperty.call(message, "lostSegment") && message.lostSegment !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.lostSegment);
                if (message.ackLostSegment != null && $Object.hasOwnProperty.call(message, "ackLostSegment") && message.ackLostSegment !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.ackLostSegment);
                if (message.outOfOrder != null && $Object.hasOwnProperty.call(message, "outOfOrder") && message.outOfOrder !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.outOfOrder);
                if (message.zeroWindow != null && $Object.hasOwnProperty.call(message, "zeroWindow") && message.zeroWindow !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.zeroWindow);
                if (message.zeroWindowProbe != null && $Object.hasOwnProperty.call(message, "zeroWindowProbe") && message.zeroWindowProbe !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.zeroWindowProbe);
                if (message.zeroWindowProbeAck != null && $Object.hasOwnProperty.call(message, "zeroWindowProbeAck") && message.zeroWindowProbeAck !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.zeroWindowProbeAck);
                if (message.windowFull != null && $Object.hasOwnProperty.call(message, "windowFull") && message.windowFull !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.windowFull);
                if (message.windowUpdate != null && $Object.hasOwnProperty.call(message, "windowUpdate") && message.windowUpdate !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.windowUpdate);
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive") && message.keepAlive !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.keepAlive);
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck") && message.keepAliveAck !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.keepAliveAck);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TcpAnalysisCounts message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.TcpAnalysisCounts & tunnelscope.v1.TcpAnalysisCounts.$Shape} TcpAnalysisCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TcpAnalysisCounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.TcpAnalysisCounts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retransmission = value;
                            else
                                delete message.retransmission;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fastRetransmission = value;
                            else
                                delete message.fastRetransmission;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spuriousRetransmission = value;
                            else
                                delete message.spuriousRetransmission;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.duplicateAck = value;
                            else
                                delete message.duplicateAck;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lostSegment = value;
                            else
                                delete message.lostSegment;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackLostSegment = value;
                            else
                                delete message.ackLostSegment;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.outOfOrder = value;
                            else
                                delete message.outOfOrder;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zeroWindow = value;
                            else
                                delete message.zeroWindow;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zeroWindowProbe = value;
                            else
                                delete message.zeroWindowProbe;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zeroWindowProbeAck = value;
                            else
                                delete message.zeroWindowProbeAck;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowFull = value;
                            else
                                delete message.windowFull;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowUpdate = value;
                            else
                                delete message.windowUpdate;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keepAlive = value;
                            else
                                delete message.keepAlive;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keepAliveAck = value;
                            else
                                delete message.keepAliveAck;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TcpAnalysisCounts message.
             * @function verify
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TcpAnalysisCounts.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.retransmission != null && $Object.hasOwnProperty.call(message, "retransmission"))
                    if (!$util.isInteger(message.retransmission))
                        return "retransmission: integer expected";
                if (message.fastRetransmission != null && $Object.hasOwnProperty.call(message, "fastRetransmission"))
                    if (!$util.isInteger(message.fastRetransmission))
                        return "fastRetransmission: integer expected";
                if (message.spuriousRetransmission != null && $Object.hasOwnProperty.call(message, "spuriousRetransmission"))
                    if (!$util.isInteger(message.spuriousRetransmission))
                        return "spuriousRetransmission: integer expected";
                if (message.duplicateAck != null && $Object.hasOwnProperty.call(message, "duplicateAck"))
                    if (!$util.isInteger(message.duplicateAck))
                        return "duplicateAck: integer expected";
                if (message.lostSegment != null && $Object.hasOwnProperty.call(message, "lostSegment"))
                    if (!$util.isInteger(message.lostSegment))
                        return "lostSegment: integer expected";
                if (message.ackLostSegment != null && $Object.hasOwnProperty.call(message, "ackLostSegment"))
                    if (!$util.isInteger(message.ackLostSegment))
                        return "ackLostSegment: integer expected";
                if (message.outOfOrder != null && $Object.hasOwnProperty.call(message, "outOfOrder"))
                    if (!$util.isInteger(message.outOfOrder))
                        return "outOfOrder: integer expected";
                if (message.zeroWindow != null && $Object.hasOwnProperty.call(message, "zeroWindow"))
                    if (!$util.isInteger(message.zeroWindow))
                        return "zeroWindow: integer expected";
                if (message.zeroWindowProbe != null && $Object.hasOwnProperty.call(message, "zeroWindowProbe"))
                    if (!$util.isInteger(message.zeroWindowProbe))
                        return "zeroWindowProbe: integer expected";
                if (message.zeroWindowProbeAck != null && $Object.hasOwnProperty.call(message, "zeroWindowProbeAck"))
                    if (!$util.isInteger(message.zeroWindowProbeAck))
                        return "zeroWindowProbeAck: integer expected";
                if (message.windowFull != null && $Object.hasOwnProperty.call(message, "windowFull"))
                    if (!$util.isInteger(message.windowFull))
                        return "windowFull: integer expected";
                if (message.windowUpdate != null && $Object.hasOwnProperty.call(message, "windowUpdate"))
                    if (!$util.isInteger(message.windowUpdate))
                        return "windowUpdate: integer expected";
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive"))
                    if (!$util.isInteger(message.keepAlive))
                        return "keepAlive: integer expected";
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck"))
                    if (!$util.isInteger(message.keepAliveAck))
                        return "keepAliveAck: integer expected";
                return null;
            };

            /**
             * Creates a TcpAnalysisCounts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.TcpAnalysisCounts} TcpAnalysisCounts
             */
            TcpAnalysisCounts.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.TcpAnalysisCounts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.TcpAnalysisCounts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.TcpAnalysisCounts();
                if (object.retransmission != null)
                    if ($Number(object.retransmission) !== 0)
                        message.retransmission = object.retransmission >>> 0;
                if (object.fastRetransmission != null)
                    if ($Number(object.fastRetransmission) !== 0)
                        message.fastRetransmission = object.fastRetransmission >>> 0;
                if (object.spuriousRetransmission != null)
                    if ($Number(object.spuriousRetransmission) !== 0)
                        message.spuriousRetransmission = object.spuriousRetransmission >>> 0;
                if (object.duplicateAck != null)
                    if ($Number(object.duplicateAck) !== 0)
                        message.duplicateAck = object.duplicateAck >>> 0;
                if (object.lostSegment != null)
                    if ($Number(object.lostSegment) !== 0)
                        message.lostSegment = object.lostSegment >>> 0;
                if (object.ackLostSegment != null)
                    if ($Number(object.ackLostSegment) !== 0)
                        message.ackLostSegment = object.ackLostSegment >>> 0;
                if (object.outOfOrder != null)
                    if ($Number(object.outOfOrder) !== 0)
                        message.outOfOrder = object.outOfOrder >>> 0;
                if (object.zeroWindow != null)
                    if ($Number(object.zeroWindow) !== 0)
                        message.zeroWindow = object.zeroWindow >>> 0;
                if (object.zeroWindowProbe != null)
                    if ($Number(object.zeroWindowProbe) !== 0)
                        message.zeroWindowProbe = object.zeroWindowProbe >>> 0;
                if (object.zeroWindowProbeAck != null)
                    if ($Number(object.zeroWindowProbeAck) !== 0)
                        message.zeroWindowProbeAck = object.zeroWindowProbeAck >>> 0;
                if (object.windowFull != null)
                    if ($Number(object.windowFull) !== 0)
                        message.windowFull = object.windowFull >>> 0;
                if (object.windowUpdate != null)
                    if ($Number(object.windowUpdate) !== 0)
                        message.windowUpdate = object.windowUpdate >>> 0;
                if (object.keepAlive != null)
                    if ($Number(object.keepAlive) !== 0)
                        message.keepAlive = object.keepAlive >>> 0;
                if (object.keepAliveAck != null)
                    if ($Number(object.keepAliveAck) !== 0)
                        message.keepAliveAck = object.keepAliveAck >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TcpAnalysisCounts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {tunnelscope.v1.TcpAnalysisCounts} message TcpAnalysisCounts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TcpAnalysisCounts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.retransmission = 0;
                    object.fastRetransmission = 0;
                    object.spuriousRetransmission = 0;
                    object.duplicateAck = 0;
                    object.lostSegment = 0;
                    object.ackLostSegment = 0;
                    object.outOfOrder = 0;
                    object.zeroWindow = 0;
                    object.zeroWindowProbe = 0;
                    object.zeroWindowProbeAck = 0;
                    object.windowFull = 0;
                    object.windowUpdate = 0;
                    object.keepAlive = 0;
                    object.keepAliveAck = 0;
                }
                if (message.retransmission != null && $Object.hasOwnProperty.call(message, "retransmission"))
                    object.retransmission = message.retransmission;
                if (message.fastRetransmission != null && $Object.hasOwnProperty.call(message, "fastRetransmission"))
                    object.fastRetransmission = message.fastRetransmission;
                if (message.spuriousRetransmission != null && $Object.hasOwnProperty.call(message, "spuriousRetransmission"))
                    object.spuriousRetransmission = message.spuriousRetransmission;
                if (message.duplicateAck != null && $Object.hasOwnProperty.call(message, "duplicateAck"))
                    object.duplicateAck = message.duplicateAck;
                if (message.lostSegment != null && $Object.hasOwnProperty.call(message, "lostSegment"))
                    object.lostSegment = message.lostSegment;
                if (message.ackLostSegment != null && $Object.hasOwnProperty.call(message, "ackLostSegment"))
                    object.ackLostSegment = message.ackLostSegment;
                if (message.outOfOrder != null && $Object.hasOwnProperty.call(message, "outOfOrder"))
                    object.outOfOrder = message.outOfOrder;
                if (message.zeroWindow != null && $Object.hasOwnProperty.call(message, "zeroWindow"))
                    object.zeroWindow = message.zeroWindow;
                if (message.zeroWindowProbe != null && $Object.hasOwnProperty.call(message, "zeroWindowProbe"))
                    object.zeroWindowProbe = message.zeroWindowProbe;
                if (message.zeroWindowProbeAck != null && $Object.hasOwnProperty.call(message, "zeroWindowProbeAck"))
                    object.zeroWindowProbeAck = message.zeroWindowProbeAck;
                if (message.windowFull != null && $Object.hasOwnProperty.call(message, "windowFull"))
                    object.windowFull = message.windowFull;
                if (message.windowUpdate != null && $Object.hasOwnProperty.call(message, "windowUpdate"))
                    object.windowUpdate = message.windowUpdate;
                if (message.keepAlive != null && $Object.hasOwnProperty.call(message, "keepAlive"))
                    object.keepAlive = message.keepAlive;
                if (message.keepAliveAck != null && $Object.hasOwnProperty.call(message, "keepAliveAck"))
                    object.keepAliveAck = message.keepAliveAck;
                return object;
            };

            /**
             * Converts this TcpAnalysisCounts to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TcpAnalysisCounts.prototype.toJSON = function() {
                return TcpAnalysisCounts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TcpAnalysisCounts
             * @function getTypeUrl
             * @memberof tunnelscope.v1.TcpAnalysisCounts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TcpAnalysisCounts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.TcpAnalysisCounts";
            };

            return TcpAnalysisCounts;
        })();

        v1.FlowDirectionSummary = (function() {

            /**
             * Properties of a FlowDirectionSummary.
             * @typedef {Object} tunnelscope.v1.FlowDirectionSummary.$Properties
             * @property {tunnelscope.v1.FlowKey.$Properties|null} [flow] The direction's 5-tuple (src = this direction's sender).
             * @property {tunnelscope.v1.Tap|null} [tap] Where it was seen.
             * @property {number|Long|null} [packets] Segments seen.
             * @property {number|Long|null} [bytes] IP bytes seen (sum of IP total lengths).
             * @property {number|Long|null} [payloadBytes] TCP payload bytes seen, retransmissions included.
             * @property {tunnelscope.v1.TcpAnalysisCounts.$Properties|null} [analysis] tcp.analysis.* flag counts.
             * @property {number|null} [windowMin] Smallest receive window the sender advertised in this direction's segments, in
             * bytes after scaling: the window the sender offers to the reverse direction.
             * @property {number|null} [windowMax] Largest advertised window (scaled bytes).
             * @property {number|null} [windowLast] Advertised window of the last segment of the interval (scaled bytes).
             * @property {number|null} [windowScale] The sender's window scale shift count (RFC 7323, 0..14); absent when the
             * handshake was not captured (windows are then taken as unscaled).
             * @property {number|null} [zeroWindowUs] Time the sender advertised a zero window during the interval, in microseconds.
             * @property {number|null} [bytesInFlightMax] Largest bytes in flight (sent, not yet acknowledged) in this direction.
             * @property {number|null} [rttSamples] RTT samples taken (data segment → its ACK) during the interval.
             * @property {number|null} [rttMinUs] Smallest RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @property {number|null} [rttAvgUs] Mean RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @property {number|null} [rttMaxUs] Largest RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @property {number|null} [throughputBps] Payload throughput over the interval: payload bytes not retransmitted × 8 /
             * interval length, in bits per second.
             * @property {number|null} [mss] MSS the sender announced in its SYN; 0 when the handshake was not captured.
             * @property {number|null} [maxIpLength] Largest IP packet seen in this direction, in bytes.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlowDirectionSummary.
             * @memberof tunnelscope.v1
             * @interface IFlowDirectionSummary
             * @augments tunnelscope.v1.FlowDirectionSummary.$Properties
             * @deprecated Use tunnelscope.v1.FlowDirectionSummary.$Properties instead.
             */

            /**
             * Shape of a FlowDirectionSummary.
             * @typedef {tunnelscope.v1.FlowDirectionSummary.$Properties} tunnelscope.v1.FlowDirectionSummary.$Shape
             */

            /**
             * Constructs a new FlowDirectionSummary.
             * @memberof tunnelscope.v1
             * @classdesc One direction of one TCP flow at one tap, over the interval. "Sender" below is the
             * host that sends the segments of this direction (flow.src_addr).
             * @constructor
             * @param {tunnelscope.v1.FlowDirectionSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlowDirectionSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The direction's 5-tuple (src = this direction's sender).
             * @member {tunnelscope.v1.FlowKey.$Properties|null|undefined} flow
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.flow = null;

            /**
             * Where it was seen.
             * @member {tunnelscope.v1.Tap} tap
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.tap = 0;

            /**
             * Segments seen.
             * @member {number|Long} packets
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * IP bytes seen (sum of IP total lengths).
             * @member {number|Long} bytes
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TCP payload bytes seen, retransmissions included.
             * @member {number|Long} payloadBytes
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.payloadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * tcp.analysis.* flag counts.
             * @member {tunnelscope.v1.TcpAnalysisCounts.$Properties|null|undefined} analysis
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.analysis = null;

            /**
             * Smallest receive window the sender advertised in this direction's segments, in
             * bytes after scaling: the window the sender offers to the reverse direction.
             * @member {number} windowMin
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.windowMin = 0;

            /**
             * Largest advertised window (scaled bytes).
             * @member {number} windowMax
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.windowMax = 0;

            /**
             * Advertised window of the last segment of the interval (scaled bytes).
             * @member {number} windowLast
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.windowLast = 0;

            /**
             * The sender's window scale shift count (RFC 7323, 0..14); absent when the
             * handshake was not captured (windows are then taken as unscaled).
             * @member {number|null|undefined} windowScale
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.windowScale = null;

            /**
             * Time the sender advertised a zero window during the interval, in microseconds.
             * @member {number} zeroWindowUs
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.zeroWindowUs = 0;

            /**
             * Largest bytes in flight (sent, not yet acknowledged) in this direction.
             * @member {number} bytesInFlightMax
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.bytesInFlightMax = 0;

            /**
             * RTT samples taken (data segment → its ACK) during the interval.
             * @member {number} rttSamples
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.rttSamples = 0;

            /**
             * Smallest RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @member {number} rttMinUs
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.rttMinUs = 0;

            /**
             * Mean RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @member {number} rttAvgUs
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.rttAvgUs = 0;

            /**
             * Largest RTT sample, in microseconds; 0 when rtt_samples = 0.
             * @member {number} rttMaxUs
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.rttMaxUs = 0;

            /**
             * Payload throughput over the interval: payload bytes not retransmitted × 8 /
             * interval length, in bits per second.
             * @member {number} throughputBps
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.throughputBps = 0;

            /**
             * MSS the sender announced in its SYN; 0 when the handshake was not captured.
             * @member {number} mss
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.mss = 0;

            /**
             * Largest IP packet seen in this direction, in bytes.
             * @member {number} maxIpLength
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             */
            FlowDirectionSummary.prototype.maxIpLength = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FlowDirectionSummary.prototype, "_windowScale", {
                get: $util.oneOfGetter($oneOfFields = ["windowScale"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FlowDirectionSummary instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {tunnelscope.v1.FlowDirectionSummary.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.FlowDirectionSummary} FlowDirectionSummary instance
             * @type {{
             *   (properties: tunnelscope.v1.FlowDirectionSummary.$Shape): tunnelscope.v1.FlowDirectionSummary & tunnelscope.v1.FlowDirectionSummary.$Shape;
             *   (properties?: tunnelscope.v1.FlowDirectionSummary.$Properties): tunnelscope.v1.FlowDirectionSummary;
             * }}
             */
            FlowDirectionSummary.create = function(properties) {
                return new FlowDirectionSummary(properties);
            };

            /**
             * Encodes the specified FlowDirectionSummary message. Does not implicitly {@link tunnelscope.v1.FlowDirectionSummary.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {tunnelscope.v1.FlowDirectionSummary.$Properties} message FlowDirectionSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlowDirectionSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow"))
                    $root.tunnelscope.v1.FlowKey.encode(message.flow, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap") && message.tap !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.tap);
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.packets);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.payloadBytes != null && $Object.hasOwnProperty.call(message, "payloadBytes") && (typeof message.payloadBytes === "object" ? message.payloadBytes.low || message.payloadBytes.high : message.payloadBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.payloadBytes);
                if (message.analysis != null && $Object.hasOwnProperty.call(message, "analysis"))
                    $root.tunnelscope.v1.TcpAnalysisCounts.encode(message.analysis, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.windowMin != null && $Object.hasOwnProperty.call(message, "windowMin") && message.windowMin !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.windowMin);
                if (message.windowMax != null && $Object.hasOwnProperty.call(message, "windowMax") && message.windowMax !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.windowMax);
                if (message.windowLast != null && $Object.hasOwnProperty.call(message, "windowLast") && message.windowLast !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.windowLast);
                if (message.windowScale != null && $Object.hasOwnProperty.call(message, "windowScale"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.windowScale);
                if (message.zeroWindowUs != null && $Object.hasOwnProperty.call(message, "zeroWindowUs") && message.zeroWindowUs !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.zeroWindowUs);
                if (message.bytesInFlightMax != null && $Object.hasOwnProperty.call(message, "bytesInFlightMax") && message.bytesInFlightMax !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.bytesInFlightMax);
                if (message.rttSamples != null && $Object.hasOwnProperty.call(message, "rttSamples") && message.rttSamples !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.rttSamples);
                if (message.rttMinUs != null && $Object.hasOwnProperty.call(message, "rttMinUs") && message.rttMinUs !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.rttMinUs);
                if (message.rttAvgUs != null && $Object.hasOwnProperty.call(message, "rttAvgUs") && message.rttAvgUs !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.rttAvgUs);
                if (message.rttMaxUs != null && $Object.hasOwnProperty.call(message, "rttMaxUs") && message.rttMaxUs !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.rttMaxUs);
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps") && !$Object.is(message.throughputBps, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.throughputBps);
                if (message.mss != null && $Object.hasOwnProperty.call(message, "mss") && message.mss !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.mss);
                if (message.maxIpLength != null && $Object.hasOwnProperty.call(message, "maxIpLength") && message.maxIpLength !== 0)
                    writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.maxIpLength);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FlowDirectionSummary message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowDirectionSummary & tunnelscope.v1.FlowDirectionSummary.$Shape} FlowDirectionSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlowDirectionSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.FlowDirectionSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.flow = $root.tunnelscope.v1.FlowKey.decode(reader, reader.size(), $undefined, _depth + 1, message.flow);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.tap = value;
                            else
                                delete message.tap;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.payloadBytes = value;
                            else
                                delete message.payloadBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.analysis = $root.tunnelscope.v1.TcpAnalysisCounts.decode(reader, reader.size(), $undefined, _depth + 1, message.analysis);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowMin = value;
                            else
                                delete message.windowMin;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowMax = value;
                            else
                                delete message.windowMax;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowLast = value;
                            else
                                delete message.windowLast;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.windowScale = reader.uint32();
                            message._windowScale = "windowScale";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zeroWindowUs = value;
                            else
                                delete message.zeroWindowUs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bytesInFlightMax = value;
                            else
                                delete message.bytesInFlightMax;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttSamples = value;
                            else
                                delete message.rttSamples;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttMinUs = value;
                            else
                                delete message.rttMinUs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttAvgUs = value;
                            else
                                delete message.rttAvgUs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rttMaxUs = value;
                            else
                                delete message.rttMaxUs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.throughputBps = value;
                            else
                                delete message.throughputBps;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mss = value;
                            else
                                delete message.mss;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxIpLength = value;
                            else
                                delete message.maxIpLength;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FlowDirectionSummary message.
             * @function verify
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlowDirectionSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow")) {
                    let error = $root.tunnelscope.v1.FlowKey.verify(message.flow, _depth + 1);
                    if (error)
                        return "flow." + error;
                }
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    if (typeof message.tap !== "number" || (message.tap | 0) !== message.tap)
                        return "tap: enum value expected";
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (!$util.isInteger(message.packets) && !(message.packets && $util.isInteger(message.packets.low) && $util.isInteger(message.packets.high)))
                        return "packets: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.payloadBytes != null && $Object.hasOwnProperty.call(message, "payloadBytes"))
                    if (!$util.isInteger(message.payloadBytes) && !(message.payloadBytes && $util.isInteger(message.payloadBytes.low) && $util.isInteger(message.payloadBytes.high)))
                        return "payloadBytes: integer|Long expected";
                if (message.analysis != null && $Object.hasOwnProperty.call(message, "analysis")) {
                    let error = $root.tunnelscope.v1.TcpAnalysisCounts.verify(message.analysis, _depth + 1);
                    if (error)
                        return "analysis." + error;
                }
                if (message.windowMin != null && $Object.hasOwnProperty.call(message, "windowMin"))
                    if (!$util.isInteger(message.windowMin))
                        return "windowMin: integer expected";
                if (message.windowMax != null && $Object.hasOwnProperty.call(message, "windowMax"))
                    if (!$util.isInteger(message.windowMax))
                        return "windowMax: integer expected";
                if (message.windowLast != null && $Object.hasOwnProperty.call(message, "windowLast"))
                    if (!$util.isInteger(message.windowLast))
                        return "windowLast: integer expected";
                if (message.windowScale != null && $Object.hasOwnProperty.call(message, "windowScale")) {
                    properties._windowScale = 1;
                    if (!$util.isInteger(message.windowScale))
                        return "windowScale: integer expected";
                }
                if (message.zeroWindowUs != null && $Object.hasOwnProperty.call(message, "zeroWindowUs"))
                    if (!$util.isInteger(message.zeroWindowUs))
                        return "zeroWindowUs: integer expected";
                if (message.bytesInFlightMax != null && $Object.hasOwnProperty.call(message, "bytesInFlightMax"))
                    if (!$util.isInteger(message.bytesInFlightMax))
                        return "bytesInFlightMax: integer expected";
                if (message.rttSamples != null && $Object.hasOwnProperty.call(message, "rttSamples"))
                    if (!$util.isInteger(message.rttSamples))
                        return "rttSamples: integer expected";
                if (message.rttMinUs != null && $Object.hasOwnProperty.call(message, "rttMinUs"))
                    if (!$util.isInteger(message.rttMinUs))
                        return "rttMinUs: integer expected";
                if (message.rttAvgUs != null && $Object.hasOwnProperty.call(message, "rttAvgUs"))
                    if (!$util.isInteger(message.rttAvgUs))
                        return "rttAvgUs: integer expected";
                if (message.rttMaxUs != null && $Object.hasOwnProperty.call(message, "rttMaxUs"))
                    if (!$util.isInteger(message.rttMaxUs))
                        return "rttMaxUs: integer expected";
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
                    if (typeof message.throughputBps !== "number")
                        return "throughputBps: number expected";
                if (message.mss != null && $Object.hasOwnProperty.call(message, "mss"))
                    if (!$util.isInteger(message.mss))
                        return "mss: integer expected";
                if (message.maxIpLength != null && $Object.hasOwnProperty.call(message, "maxIpLength"))
                    if (!$util.isInteger(message.maxIpLength))
                        return "maxIpLength: integer expected";
                return null;
            };

            /**
             * Creates a FlowDirectionSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.FlowDirectionSummary} FlowDirectionSummary
             */
            FlowDirectionSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.FlowDirectionSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.FlowDirectionSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.FlowDirectionSummary();
                if (object.flow != null) {
                    if (!$util.isObject(object.flow))
                        throw $TypeError(".tunnelscope.v1.FlowDirectionSummary.flow: object expected");
                    message.flow = $root.tunnelscope.v1.FlowKey.fromObject(object.flow, _depth + 1);
                }
                if (object.tap !== 0 && (typeof object.tap !== "string" || $root.tunnelscope.v1.Tap[object.tap] !== 0))
                    switch (object.tap) {
                    case "TAP_UNSPECIFIED":
                    case 0:
                        message.tap = 0;
                        break;
                    case "TAP_OUTER":
                    case 1:
                        message.tap = 1;
                        break;
                    case "TAP_INNER":
                    case 2:
                        message.tap = 2;
                        break;
                    case "TAP_TUNNEL":
                    case 3:
                        message.tap = 3;
                        break;
                    default:
                        if (typeof object.tap === "number" && (object.tap | 0) === object.tap)
                            message.tap = object.tap;
                    }
                if (object.packets != null)
                    if (typeof object.packets === "object" ? object.packets.low || object.packets.high : $Number(object.packets) !== 0)
                        if ($util.Long)
                            message.packets = $util.Long.fromValue(object.packets, true);
                        else if (typeof object.packets === "string")
                            message.packets = $parseInt(object.packets, 10);
                        else if (typeof object.packets === "number")
                            message.packets = object.packets;
                        else if (typeof object.packets === "object")
                            message.packets = new $util.LongBits(object.packets.low >>> 0, object.packets.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.payloadBytes != null)
                    if (typeof object.payloadBytes === "object" ? object.payloadBytes.low || object.payloadBytes.high : $Number(object.payloadBytes) !== 0)
                        if ($util.Long)
                            message.payloadBytes = $util.Long.fromValue(object.payloadBytes, true);
                        else if (typeof object.payloadBytes === "string")
                            message.payloadBytes = $parseInt(object.payloadBytes, 10);
                        else if (typeof object.payloadBytes === "number")
                            message.payloadBytes = object.payloadBytes;
                        else if (typeof object.payloadBytes === "object")
                            message.payloadBytes = new $util.LongBits(object.payloadBytes.low >>> 0, object.payloadBytes.high >>> 0).toNumber(true);
                if (object.analysis != null) {
                    if (!$util.isObject(object.analysis))
                        throw $TypeError(".tunnelscope.v1.FlowDirectionSummary.analysis: object expected");
                    message.analysis = $root.tunnelscope.v1.TcpAnalysisCounts.fromObject(object.analysis, _depth + 1);
                }
                if (object.windowMin != null)
                    if ($Number(object.windowMin) !== 0)
                        message.windowMin = object.windowMin >>> 0;
                if (object.windowMax != null)
                    if ($Number(object.windowMax) !== 0)
                        message.windowMax = object.windowMax >>> 0;
                if (object.windowLast != null)
                    if ($Number(object.windowLast) !== 0)
                        message.windowLast = object.windowLast >>> 0;
                if (object.windowScale != null)
                    message.windowScale = object.windowScale >>> 0;
                if (object.zeroWindowUs != null)
                    if ($Number(object.zeroWindowUs) !== 0)
                        message.zeroWindowUs = object.zeroWindowUs >>> 0;
                if (object.bytesInFlightMax != null)
                    if ($Number(object.bytesInFlightMax) !== 0)
                        message.bytesInFlightMax = object.bytesInFlightMax >>> 0;
                if (object.rttSamples != null)
                    if ($Number(object.rttSamples) !== 0)
                        message.rttSamples = object.rttSamples >>> 0;
                if (object.rttMinUs != null)
                    if ($Number(object.rttMinUs) !== 0)
                        message.rttMinUs = object.rttMinUs >>> 0;
                if (object.rttAvgUs != null)
                    if ($Number(object.rttAvgUs) !== 0)
                        message.rttAvgUs = object.rttAvgUs >>> 0;
                if (object.rttMaxUs != null)
                    if ($Number(object.rttMaxUs) !== 0)
                        message.rttMaxUs = object.rttMaxUs >>> 0;
                if (object.throughputBps != null)
                    if (!$Object.is($Number(object.throughputBps), 0))
                        message.throughputBps = $Number(object.throughputBps);
                if (object.mss != null)
                    if ($Number(object.mss) !== 0)
                        message.mss = object.mss >>> 0;
                if (object.maxIpLength != null)
                    if ($Number(object.maxIpLength) !== 0)
                        message.maxIpLength = object.maxIpLength >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a FlowDirectionSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {tunnelscope.v1.FlowDirectionSummary} message FlowDirectionSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlowDirectionSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.flow = null;
                    object.tap = options.enums === $String ? "TAP_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.payloadBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.payloadBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.analysis = null;
                    object.windowMin = 0;
                    object.windowMax = 0;
                    object.windowLast = 0;
                    object.zeroWindowUs = 0;
                    object.bytesInFlightMax = 0;
                    object.rttSamples = 0;
                    object.rttMinUs = 0;
                    object.rttAvgUs = 0;
                    object.rttMaxUs = 0;
                    object.throughputBps = 0;
                    object.mss = 0;
                    object.maxIpLength = 0;
                }
                if (message.flow != null && $Object.hasOwnProperty.call(message, "flow"))
                    object.flow = $root.tunnelscope.v1.FlowKey.toObject(message.flow, options, _depth + 1);
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    object.tap = options.enums === $String ? $root.tunnelscope.v1.Tap[message.tap] === $undefined ? message.tap : $root.tunnelscope.v1.Tap[message.tap] : message.tap;
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets = typeof message.packets === "number" ? $BigInt(message.packets) : $util.Long.fromBits(message.packets.low >>> 0, message.packets.high >>> 0, true).toBigInt();
                    else if (typeof message.packets === "number")
                        object.packets = options.longs === $String ? $String(message.packets) : message.packets;
                    else
                        object.packets = options.longs === $String ? $util.Long.prototype.toString.call(message.packets) : options.longs === $Number ? new $util.LongBits(message.packets.low >>> 0, message.packets.high >>> 0).toNumber(true) : message.packets;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.payloadBytes != null && $Object.hasOwnProperty.call(message, "payloadBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.payloadBytes = typeof message.payloadBytes === "number" ? $BigInt(message.payloadBytes) : $util.Long.fromBits(message.payloadBytes.low >>> 0, message.payloadBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.payloadBytes === "number")
                        object.payloadBytes = options.longs === $String ? $String(message.payloadBytes) : message.payloadBytes;
                    else
                        object.payloadBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.payloadBytes) : options.longs === $Number ? new $util.LongBits(message.payloadBytes.low >>> 0, message.payloadBytes.high >>> 0).toNumber(true) : message.payloadBytes;
                if (message.analysis != null && $Object.hasOwnProperty.call(message, "analysis"))
                    object.analysis = $root.tunnelscope.v1.TcpAnalysisCounts.toObject(message.analysis, options, _depth + 1);
                if (message.windowMin != null && $Object.hasOwnProperty.call(message, "windowMin"))
                    object.windowMin = message.windowMin;
                if (message.windowMax != null && $Object.hasOwnProperty.call(message, "windowMax"))
                    object.windowMax = message.windowMax;
                if (message.windowLast != null && $Object.hasOwnProperty.call(message, "windowLast"))
                    object.windowLast = message.windowLast;
                if (message.windowScale != null && $Object.hasOwnProperty.call(message, "windowScale"))
                    object.windowScale = message.windowScale;
                if (message.zeroWindowUs != null && $Object.hasOwnProperty.call(message, "zeroWindowUs"))
                    object.zeroWindowUs = message.zeroWindowUs;
                if (message.bytesInFlightMax != null && $Object.hasOwnProperty.call(message, "bytesInFlightMax"))
                    object.bytesInFlightMax = message.bytesInFlightMax;
                if (message.rttSamples != null && $Object.hasOwnProperty.call(message, "rttSamples"))
                    object.rttSamples = message.rttSamples;
                if (message.rttMinUs != null && $Object.hasOwnProperty.call(message, "rttMinUs"))
                    object.rttMinUs = message.rttMinUs;
                if (message.rttAvgUs != null && $Object.hasOwnProperty.call(message, "rttAvgUs"))
                    object.rttAvgUs = message.rttAvgUs;
                if (message.rttMaxUs != null && $Object.hasOwnProperty.call(message, "rttMaxUs"))
                    object.rttMaxUs = message.rttMaxUs;
                if (message.throughputBps != null && $Object.hasOwnProperty.call(message, "throughputBps"))
                    object.throughputBps = options.json && !$isFinite(message.throughputBps) ? $String(message.throughputBps) : message.throughputBps;
                if (message.mss != null && $Object.hasOwnProperty.call(message, "mss"))
                    object.mss = message.mss;
                if (message.maxIpLength != null && $Object.hasOwnProperty.call(message, "maxIpLength"))
                    object.maxIpLength = message.maxIpLength;
                return object;
            };

            /**
             * Converts this FlowDirectionSummary to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlowDirectionSummary.prototype.toJSON = function() {
                return FlowDirectionSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlowDirectionSummary
             * @function getTypeUrl
             * @memberof tunnelscope.v1.FlowDirectionSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlowDirectionSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.FlowDirectionSummary";
            };

            return FlowDirectionSummary;
        })();

        v1.EspSaSummary = (function() {

            /**
             * Properties of an EspSaSummary.
             * @typedef {Object} tunnelscope.v1.EspSaSummary.$Properties
             * @property {number|null} [spi] Security Parameter Index.
             * @property {Uint8Array|null} [srcAddr] Outer source address, 4 or 16 bytes.
             * @property {Uint8Array|null} [dstAddr] Outer destination address, 4 or 16 bytes.
             * @property {tunnelscope.v1.Tap|null} [tap] Where it was seen (normally TAP_OUTER).
             * @property {number|Long|null} [packets] ESP packets seen.
             * @property {number|Long|null} [bytes] Outer IP bytes seen.
             * @property {number|null} [seqFirst] Sequence number of the first packet of the interval (the 32-bit wire value).
             * @property {number|null} [seqLast] Sequence number of the last packet of the interval.
             * @property {number|null} [seqMax] Highest sequence number seen (the replay window's right edge).
             * @property {number|null} [gaps] Sequence numbers between the first and the highest that never arrived.
             * @property {number|null} [duplicates] Packets whose sequence number had been seen before.
             * @property {number|null} [late] Packets that arrived below the right edge (reordered).
             * @property {Array.<number>|null} [reorderBucketBounds] Upper bounds (inclusive) of the reorder-depth histogram buckets; the bucket after
             * the last bound is open. Depth = right edge - seq of a late packet.
             * @property {Array.<number>|null} [reorderHistogram] Late packets per bucket; length = reorder_bucket_bounds length + 1. Both lists are
             * empty when no packet of the interval was late (an all-zero histogram is not sent).
             * @property {number|null} [reorderDepthMax] Largest reorder depth seen.
             * @property {number|null} [largestPacket] Largest outer IP packet carrying this SA, in bytes.
             * @property {number|null} [largestEsp] Largest ESP payload (SPI to end of packet), in bytes.
             * @property {boolean|null} [udpEncap] ESP is UDP-encapsulated (port 4500).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EspSaSummary.
             * @memberof tunnelscope.v1
             * @interface IEspSaSummary
             * @augments tunnelscope.v1.EspSaSummary.$Properties
             * @deprecated Use tunnelscope.v1.EspSaSummary.$Properties instead.
             */

            /**
             * Shape of an EspSaSummary.
             * @typedef {tunnelscope.v1.EspSaSummary.$Properties} tunnelscope.v1.EspSaSummary.$Shape
             */

            /**
             * Constructs a new EspSaSummary.
             * @memberof tunnelscope.v1
             * @classdesc One ESP SA at one tap, over the interval (cf. packages/analysis EspAnalyzer).
             * @constructor
             * @param {tunnelscope.v1.EspSaSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EspSaSummary = function (properties) {
                this.reorderBucketBounds = [];
                this.reorderHistogram = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Security Parameter Index.
             * @member {number} spi
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.spi = 0;

            /**
             * Outer source address, 4 or 16 bytes.
             * @member {Uint8Array} srcAddr
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.srcAddr = $util.newBuffer([]);

            /**
             * Outer destination address, 4 or 16 bytes.
             * @member {Uint8Array} dstAddr
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.dstAddr = $util.newBuffer([]);

            /**
             * Where it was seen (normally TAP_OUTER).
             * @member {tunnelscope.v1.Tap} tap
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.tap = 0;

            /**
             * ESP packets seen.
             * @member {number|Long} packets
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Outer IP bytes seen.
             * @member {number|Long} bytes
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Sequence number of the first packet of the interval (the 32-bit wire value).
             * @member {number} seqFirst
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.seqFirst = 0;

            /**
             * Sequence number of the last packet of the interval.
             * @member {number} seqLast
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.seqLast = 0;

            /**
             * Highest sequence number seen (the replay window's right edge).
             * @member {number} seqMax
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.seqMax = 0;

            /**
             * Sequence numbers between the first and the highest that never arrived.
             * @member {number} gaps
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.gaps = 0;

            /**
             * Packets whose sequence number had been seen before.
             * @member {number} duplicates
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.duplicates = 0;

            /**
             * Packets that arrived below the right edge (reordered).
             * @member {number} late
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.late = 0;

            /**
             * Upper bounds (inclusive) of the reorder-depth histogram buckets; the bucket after
             * the last bound is open. Depth = right edge - seq of a late packet.
             * @member {Array.<number>} reorderBucketBounds
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.reorderBucketBounds = $util.emptyArray;

            /**
             * Late packets per bucket; length = reorder_bucket_bounds length + 1. Both lists are
             * empty when no packet of the interval was late (an all-zero histogram is not sent).
             * @member {Array.<number>} reorderHistogram
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.reorderHistogram = $util.emptyArray;

            /**
             * Largest reorder depth seen.
             * @member {number} reorderDepthMax
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.reorderDepthMax = 0;

            /**
             * Largest outer IP packet carrying this SA, in bytes.
             * @member {number} largestPacket
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.largestPacket = 0;

            /**
             * Largest ESP payload (SPI to end of packet), in bytes.
             * @member {number} largestEsp
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.largestEsp = 0;

            /**
             * ESP is UDP-encapsulated (port 4500).
             * @member {boolean} udpEncap
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             */
            EspSaSummary.prototype.udpEncap = false;

            /**
             * Creates a new EspSaSummary instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {tunnelscope.v1.EspSaSummary.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.EspSaSummary} EspSaSummary instance
             * @type {{
             *   (properties: tunnelscope.v1.EspSaSummary.$Shape): tunnelscope.v1.EspSaSummary & tunnelscope.v1.EspSaSummary.$Shape;
             *   (properties?: tunnelscope.v1.EspSaSummary.$Properties): tunnelscope.v1.EspSaSummary;
             * }}
             */
            EspSaSummary.create = function(properties) {
                return new EspSaSummary(properties);
            };

            /**
             * Encodes the specified EspSaSummary message. Does not implicitly {@link tunnelscope.v1.EspSaSummary.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {tunnelscope.v1.EspSaSummary.$Properties} message EspSaSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EspSaSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi") && message.spi !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.spi);
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr") && message.srcAddr.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.srcAddr);
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr") && message.dstAddr.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.dstAddr);
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap") && message.tap !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.tap);
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.packets);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bytes);
                if (message.seqFirst != null && $Object.hasOwnProperty.call(message, "seqFirst") && message.seqFirst !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.seqFirst);
                if (message.seqLast != null && $Object.hasOwnProperty.call(message, "seqLast") && message.seqLast !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.seqLast);
                if (message.seqMax != null && $Object.hasOwnProperty.call(message, "seqMax") && message.seqMax !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.seqMax);
                if (message.gaps != null && $Object.hasOwnProperty.call(message, "gaps") && message.gaps !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.gaps);
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates") && message.duplicates !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.duplicates);
                if (message.late != null && $Object.hasOwnProperty.call(message, "late") && message.late !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.late);
                if (message.reorderBucketBounds != null && message.reorderBucketBounds.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).uint32s(message.reorderBucketBounds);
                if (message.reorderHistogram != null && message.reorderHistogram.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).uint32s(message.reorderHistogram);
                if (message.reorderDepthMax != null && $Object.hasOwnProperty.call(message, "reorderDepthMax") && message.reorderDepthMax !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.reorderDepthMax);
                if (message.largestPacket != null && $Object.hasOwnProperty.call(message, "largestPacket") && message.largestPacket !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.largestPacket);
                if (message.largestEsp != null && $Object.hasOwnProperty.call(message, "largestEsp") && message.largestEsp !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.largestEsp);
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap") && message.udpEncap !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.udpEncap);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EspSaSummary message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.EspSaSummary & tunnelscope.v1.EspSaSummary.$Shape} EspSaSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EspSaSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.EspSaSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.spi = value;
                            else
                                delete message.spi;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcAddr = value;
                            else
                                delete message.srcAddr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstAddr = value;
                            else
                                delete message.dstAddr;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.tap = value;
                            else
                                delete message.tap;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seqFirst = value;
                            else
                                delete message.seqFirst;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seqLast = value;
                            else
                                delete message.seqLast;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seqMax = value;
                            else
                                delete message.seqMax;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gaps = value;
                            else
                                delete message.gaps;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.duplicates = value;
                            else
                                delete message.duplicates;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.late = value;
                            else
                                delete message.late;
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.reorderBucketBounds && message.reorderBucketBounds.length))
                                    message.reorderBucketBounds = [];
                                reader.uint32s(message.reorderBucketBounds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.reorderBucketBounds && message.reorderBucketBounds.length))
                                message.reorderBucketBounds = [];
                            message.reorderBucketBounds.push(reader.uint32());
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.reorderHistogram && message.reorderHistogram.length))
                                    message.reorderHistogram = [];
                                reader.uint32s(message.reorderHistogram);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.reorderHistogram && message.reorderHistogram.length))
                                message.reorderHistogram = [];
                            message.reorderHistogram.push(reader.uint32());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reorderDepthMax = value;
                            else
                                delete message.reorderDepthMax;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.largestPacket = value;
                            else
                                delete message.largestPacket;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.largestEsp = value;
                            else
                                delete message.largestEsp;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.udpEncap = value;
                            else
                                delete message.udpEncap;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EspSaSummary message.
             * @function verify
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EspSaSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    if (!$util.isInteger(message.spi))
                        return "spi: integer expected";
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    if (!(message.srcAddr && typeof message.srcAddr.length === "number" || $util.isString(message.srcAddr)))
                        return "srcAddr: buffer expected";
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    if (!(message.dstAddr && typeof message.dstAddr.length === "number" || $util.isString(message.dstAddr)))
                        return "dstAddr: buffer expected";
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    if (typeof message.tap !== "number" || (message.tap | 0) !== message.tap)
                        return "tap: enum value expected";
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (!$util.isInteger(message.packets) && !(message.packets && $util.isInteger(message.packets.low) && $util.isInteger(message.packets.high)))
                        return "packets: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.seqFirst != null && $Object.hasOwnProperty.call(message, "seqFirst"))
                    if (!$util.isInteger(message.seqFirst))
                        return "seqFirst: integer expected";
                if (message.seqLast != null && $Object.hasOwnProperty.call(message, "seqLast"))
                    if (!$util.isInteger(message.seqLast))
                        return "seqLast: integer expected";
                if (message.seqMax != null && $Object.hasOwnProperty.call(message, "seqMax"))
                    if (!$util.isInteger(message.seqMax))
                        return "seqMax: integer expected";
                if (message.gaps != null && $Object.hasOwnProperty.call(message, "gaps"))
                    if (!$util.isInteger(message.gaps))
                        return "gaps: integer expected";
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (!$util.isInteger(message.duplicates))
                        return "duplicates: integer expected";
                if (message.late != null && $Object.hasOwnProperty.call(message, "late"))
                    if (!$util.isInteger(message.late))
                        return "late: integer expected";
                if (message.reorderBucketBounds != null && $Object.hasOwnProperty.call(message, "reorderBucketBounds")) {
                    if (!$Array.isArray(message.reorderBucketBounds))
                        return "reorderBucketBounds: array expected";
                    for (let i = 0; i < message.reorderBucketBounds.length; ++i)
                        if (!$util.isInteger(message.reorderBucketBounds[i]))
                            return "reorderBucketBounds: integer[] expected";
                }
                if (message.reorderHistogram != null && $Object.hasOwnProperty.call(message, "reorderHistogram")) {
                    if (!$Array.isArray(message.reorderHistogram))
                        return "reorderHistogram: array expected";
                    for (let i = 0; i < message.reorderHistogram.length; ++i)
                        if (!$util.isInteger(message.reorderHistogram[i]))
                            return "reorderHistogram: integer[] expected";
                }
                if (message.reorderDepthMax != null && $Object.hasOwnProperty.call(message, "reorderDepthMax"))
                    if (!$util.isInteger(message.reorderDepthMax))
                        return "reorderDepthMax: integer expected";
                if (message.largestPacket != null && $Object.hasOwnProperty.call(message, "largestPacket"))
                    if (!$util.isInteger(message.largestPacket))
                        return "largestPacket: integer expected";
                if (message.largestEsp != null && $Object.hasOwnProperty.call(message, "largestEsp"))
                    if (!$util.isInteger(message.largestEsp))
                        return "largestEsp: integer expected";
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap"))
                    if (typeof message.udpEncap !== "boolean")
                        return "udpEncap: boolean expected";
                return null;
            };

            /**
             * Creates an EspSaSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.EspSaSummary} EspSaSummary
             */
            EspSaSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.EspSaSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.EspSaSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.EspSaSummary();
                if (object.spi != null)
                    if ($Number(object.spi) !== 0)
                        message.spi = object.spi >>> 0;
                if (object.srcAddr != null)
                    if (object.srcAddr.length)
                        if (typeof object.srcAddr === "string")
                            $util.base64.decode(object.srcAddr, message.srcAddr = $util.newBuffer($util.base64.length(object.srcAddr)), 0);
                        else if (object.srcAddr.length >= 0)
                            message.srcAddr = object.srcAddr;
                if (object.dstAddr != null)
                    if (object.dstAddr.length)
                        if (typeof object.dstAddr === "string")
                            $util.base64.decode(object.dstAddr, message.dstAddr = $util.newBuffer($util.base64.length(object.dstAddr)), 0);
                        else if (object.dstAddr.length >= 0)
                            message.dstAddr = object.dstAddr;
                if (object.tap !== 0 && (typeof object.tap !== "string" || $root.tunnelscope.v1.Tap[object.tap] !== 0))
                    switch (object.tap) {
                    case "TAP_UNSPECIFIED":
                    case 0:
                        message.tap = 0;
                        break;
                    case "TAP_OUTER":
                    case 1:
                        message.tap = 1;
                        break;
                    case "TAP_INNER":
                    case 2:
                        message.tap = 2;
                        break;
                    case "TAP_TUNNEL":
                    case 3:
                        message.tap = 3;
                        break;
                    default:
                        if (typeof object.tap === "number" && (object.tap | 0) === object.tap)
                            message.tap = object.tap;
                    }
                if (object.packets != null)
                    if (typeof object.packets === "object" ? object.packets.low || object.packets.high : $Number(object.packets) !== 0)
                        if ($util.Long)
                            message.packets = $util.Long.fromValue(object.packets, true);
                        else if (typeof object.packets === "string")
                            message.packets = $parseInt(object.packets, 10);
                        else if (typeof object.packets === "number")
                            message.packets = object.packets;
                        else if (typeof object.packets === "object")
                            message.packets = new $util.LongBits(object.packets.low >>> 0, object.packets.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.seqFirst != null)
                    if ($Number(object.seqFirst) !== 0)
                        message.seqFirst = object.seqFirst >>> 0;
                if (object.seqLast != null)
                    if ($Number(object.seqLast) !== 0)
                        message.seqLast = object.seqLast >>> 0;
                if (object.seqMax != null)
                    if ($Number(object.seqMax) !== 0)
                        message.seqMax = object.seqMax >>> 0;
                if (object.gaps != null)
                    if ($Number(object.gaps) !== 0)
                        message.gaps = object.gaps >>> 0;
                if (object.duplicates != null)
                    if ($Number(object.duplicates) !== 0)
                        message.duplicates = object.duplicates >>> 0;
                if (object.late != null)
                    if ($Number(object.late) !== 0)
                        message.late = object.late >>> 0;
                if (object.reorderBucketBounds) {
                    if (!$Array.isArray(object.reorderBucketBounds))
                        throw $TypeError(".tunnelscope.v1.EspSaSummary.reorderBucketBounds: array expected");
                    message.reorderBucketBounds = $Array(object.reorderBucketBounds.length);
                    for (let i = 0; i < object.reorderBucketBounds.length; ++i)
                        message.reorderBucketBounds[i] = object.reorderBucketBounds[i] >>> 0;
                }
                if (object.reorderHistogram) {
                    if (!$Array.isArray(object.reorderHistogram))
                        throw $TypeError(".tunnelscope.v1.EspSaSummary.reorderHistogram: array expected");
                    message.reorderHistogram = $Array(object.reorderHistogram.length);
                    for (let i = 0; i < object.reorderHistogram.length; ++i)
                        message.reorderHistogram[i] = object.reorderHistogram[i] >>> 0;
                }
                if (object.reorderDepthMax != null)
                    if ($Number(object.reorderDepthMax) !== 0)
                        message.reorderDepthMax = object.reorderDepthMax >>> 0;
                if (object.largestPacket != null)
                    if ($Number(object.largestPacket) !== 0)
                        message.largestPacket = object.largestPacket >>> 0;
                if (object.largestEsp != null)
                    if ($Number(object.largestEsp) !== 0)
                        message.largestEsp = object.largestEsp >>> 0;
                if (object.udpEncap != null)
                    if (object.udpEncap)
                        message.udpEncap = $Boolean(object.udpEncap);
                return message;
            };

            /**
             * Creates a plain object from an EspSaSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {tunnelscope.v1.EspSaSummary} message EspSaSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EspSaSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.reorderBucketBounds = [];
                    object.reorderHistogram = [];
                }
                if (options.defaults) {
                    object.spi = 0;
                    if (options.bytes === $String)
                        object.srcAddr = "";
                    else {
                        object.srcAddr = [];
                        if (options.bytes !== $Array)
                            object.srcAddr = $util.newBuffer(object.srcAddr);
                    }
                    if (options.bytes === $String)
                        object.dstAddr = "";
                    else {
                        object.dstAddr = [];
                        if (options.bytes !== $Array)
                            object.dstAddr = $util.newBuffer(object.dstAddr);
                    }
                    object.tap = options.enums === $String ? "TAP_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.seqFirst = 0;
                    object.seqLast = 0;
                    object.seqMax = 0;
                    object.gaps = 0;
                    object.duplicates = 0;
                    object.late = 0;
                    object.reorderDepthMax = 0;
                    object.largestPacket = 0;
                    object.largestEsp = 0;
                    object.udpEncap = false;
                }
                if (message.spi != null && $Object.hasOwnProperty.call(message, "spi"))
                    object.spi = message.spi;
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    object.srcAddr = options.bytes === $String ? $util.base64.encode(message.srcAddr, 0, message.srcAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.srcAddr) : message.srcAddr;
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    object.dstAddr = options.bytes === $String ? $util.base64.encode(message.dstAddr, 0, message.dstAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dstAddr) : message.dstAddr;
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    object.tap = options.enums === $String ? $root.tunnelscope.v1.Tap[message.tap] === $undefined ? message.tap : $root.tunnelscope.v1.Tap[message.tap] : message.tap;
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets = typeof message.packets === "number" ? $BigInt(message.packets) : $util.Long.fromBits(message.packets.low >>> 0, message.packets.high >>> 0, true).toBigInt();
                    else if (typeof message.packets === "number")
                        object.packets = options.longs === $String ? $String(message.packets) : message.packets;
                    else
                        object.packets = options.longs === $String ? $util.Long.prototype.toString.call(message.packets) : options.longs === $Number ? new $util.LongBits(message.packets.low >>> 0, message.packets.high >>> 0).toNumber(true) : message.packets;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.seqFirst != null && $Object.hasOwnProperty.call(message, "seqFirst"))
                    object.seqFirst = message.seqFirst;
                if (message.seqLast != null && $Object.hasOwnProperty.call(message, "seqLast"))
                    object.seqLast = message.seqLast;
                if (message.seqMax != null && $Object.hasOwnProperty.call(message, "seqMax"))
                    object.seqMax = message.seqMax;
                if (message.gaps != null && $Object.hasOwnProperty.call(message, "gaps"))
                    object.gaps = message.gaps;
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    object.duplicates = message.duplicates;
                if (message.late != null && $Object.hasOwnProperty.call(message, "late"))
                    object.late = message.late;
                if (message.reorderBucketBounds && message.reorderBucketBounds.length) {
                    object.reorderBucketBounds = $Array(message.reorderBucketBounds.length);
                    for (let j = 0; j < message.reorderBucketBounds.length; ++j)
                        object.reorderBucketBounds[j] = message.reorderBucketBounds[j];
                }
                if (message.reorderHistogram && message.reorderHistogram.length) {
                    object.reorderHistogram = $Array(message.reorderHistogram.length);
                    for (let j = 0; j < message.reorderHistogram.length; ++j)
                        object.reorderHistogram[j] = message.reorderHistogram[j];
                }
                if (message.reorderDepthMax != null && $Object.hasOwnProperty.call(message, "reorderDepthMax"))
                    object.reorderDepthMax = message.reorderDepthMax;
                if (message.largestPacket != null && $Object.hasOwnProperty.call(message, "largestPacket"))
                    object.largestPacket = message.largestPacket;
                if (message.largestEsp != null && $Object.hasOwnProperty.call(message, "largestEsp"))
                    object.largestEsp = message.largestEsp;
                if (message.udpEncap != null && $Object.hasOwnProperty.call(message, "udpEncap"))
                    object.udpEncap = message.udpEncap;
                return object;
            };

            /**
             * Converts this EspSaSummary to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.EspSaSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EspSaSummary.prototype.toJSON = function() {
                return EspSaSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EspSaSummary
             * @function getTypeUrl
             * @memberof tunnelscope.v1.EspSaSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EspSaSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.EspSaSummary";
            };

            return EspSaSummary;
        })();

        v1.Sysctls = (function() {

            /**
             * Properties of a Sysctls.
             * @typedef {Object} tunnelscope.v1.Sysctls.$Properties
             * @property {number|null} [tcpRmemMin] net.ipv4.tcp_rmem min, default, max (bytes).
             * @property {number|null} [tcpRmemDefault] Sysctls tcpRmemDefault
             * @property {number|null} [tcpRmemMax] Sysctls tcpRmemMax
             * @property {number|null} [tcpWmemMin] net.ipv4.tcp_wmem min, default, max (bytes).
             * @property {number|null} [tcpWmemDefault] Sysctls tcpWmemDefault
             * @property {number|null} [tcpWmemMax] Sysctls tcpWmemMax
             * @property {number|null} [rmemMax] net.core.rmem_max, net.core.wmem_max (bytes).
             * @property {number|null} [wmemMax] Sysctls wmemMax
             * @property {number|null} [tcpWindowScaling] net.ipv4.tcp_window_scaling (0/1).
             * @property {number|null} [tcpMtuProbing] net.ipv4.tcp_mtu_probing (0, 1, 2).
             * @property {number|null} [tcpSack] net.ipv4.tcp_sack (0/1).
             * @property {number|null} [netdevMaxBacklog] net.core.netdev_max_backlog (packets).
             * @property {number|null} [ipNoPmtuDisc] net.ipv4.ip_no_pmtu_disc (0..3).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sysctls.
             * @memberof tunnelscope.v1
             * @interface ISysctls
             * @augments tunnelscope.v1.Sysctls.$Properties
             * @deprecated Use tunnelscope.v1.Sysctls.$Properties instead.
             */

            /**
             * Shape of a Sysctls.
             * @typedef {tunnelscope.v1.Sysctls.$Properties} tunnelscope.v1.Sysctls.$Shape
             */

            /**
             * Constructs a new Sysctls.
             * @memberof tunnelscope.v1
             * @classdesc TCP/IP sysctls that explain window limits. Each field is absent when the agent
             * could not read it.
             * @constructor
             * @param {tunnelscope.v1.Sysctls.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sysctls = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * net.ipv4.tcp_rmem min, default, max (bytes).
             * @member {number|null|undefined} tcpRmemMin
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpRmemMin = null;

            /**
             * Sysctls tcpRmemDefault.
             * @member {number|null|undefined} tcpRmemDefault
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpRmemDefault = null;

            /**
             * Sysctls tcpRmemMax.
             * @member {number|null|undefined} tcpRmemMax
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpRmemMax = null;

            /**
             * net.ipv4.tcp_wmem min, default, max (bytes).
             * @member {number|null|undefined} tcpWmemMin
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpWmemMin = null;

            /**
             * Sysctls tcpWmemDefault.
             * @member {number|null|undefined} tcpWmemDefault
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpWmemDefault = null;

            /**
             * Sysctls tcpWmemMax.
             * @member {number|null|undefined} tcpWmemMax
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpWmemMax = null;

            /**
             * net.core.rmem_max, net.core.wmem_max (bytes).
             * @member {number|null|undefined} rmemMax
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.rmemMax = null;

            /**
             * Sysctls wmemMax.
             * @member {number|null|undefined} wmemMax
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.wmemMax = null;

            /**
             * net.ipv4.tcp_window_scaling (0/1).
             * @member {number|null|undefined} tcpWindowScaling
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpWindowScaling = null;

            /**
             * net.ipv4.tcp_mtu_probing (0, 1, 2).
             * @member {number|null|undefined} tcpMtuProbing
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpMtuProbing = null;

            /**
             * net.ipv4.tcp_sack (0/1).
             * @member {number|null|undefined} tcpSack
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.tcpSack = null;

            /**
             * net.core.netdev_max_backlog (packets).
             * @member {number|null|undefined} netdevMaxBacklog
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.netdevMaxBacklog = null;

            /**
             * net.ipv4.ip_no_pmtu_disc (0..3).
             * @member {number|null|undefined} ipNoPmtuDisc
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             */
            Sysctls.prototype.ipNoPmtuDisc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpRmemMin", {
                get: $util.oneOfGetter($oneOfFields = ["tcpRmemMin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpRmemDefault", {
                get: $util.oneOfGetter($oneOfFields = ["tcpRmemDefault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpRmemMax", {
                get: $util.oneOfGetter($oneOfFields = ["tcpRmemMax"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpWmemMin", {
                get: $util.oneOfGetter($oneOfFields = ["tcpWmemMin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpWmemDefault", {
                get: $util.oneOfGetter($oneOfFields = ["tcpWmemDefault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpWmemMax", {
                get: $util.oneOfGetter($oneOfFields = ["tcpWmemMax"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_rmemMax", {
                get: $util.oneOfGetter($oneOfFields = ["rmemMax"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_wmemMax", {
                get: $util.oneOfGetter($oneOfFields = ["wmemMax"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpWindowScaling", {
                get: $util.oneOfGetter($oneOfFields = ["tcpWindowScaling"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpMtuProbing", {
                get: $util.oneOfGetter($oneOfFields = ["tcpMtuProbing"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_tcpSack", {
                get: $util.oneOfGetter($oneOfFields = ["tcpSack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_netdevMaxBacklog", {
                get: $util.oneOfGetter($oneOfFields = ["netdevMaxBacklog"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sysctls.prototype, "_ipNoPmtuDisc", {
                get: $util.oneOfGetter($oneOfFields = ["ipNoPmtuDisc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Sysctls instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {tunnelscope.v1.Sysctls.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.Sysctls} Sysctls instance
             * @type {{
             *   (properties: tunnelscope.v1.Sysctls.$Shape): tunnelscope.v1.Sysctls & tunnelscope.v1.Sysctls.$Shape;
             *   (properties?: tunnelscope.v1.Sysctls.$Properties): tunnelscope.v1.Sysctls;
             * }}
             */
            Sysctls.create = function(properties) {
                return new Sysctls(properties);
            };

            /**
             * Encodes the specified Sysctls message. Does not implicitly {@link tunnelscope.v1.Sysctls.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {tunnelscope.v1.Sysctls.$Properties} message Sysctls message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sysctls.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tcpRmemMin != null && $Object.hasOwnProperty.call(message, "tcpRmemMin"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tcpRmemMin);
                if (message.tcpRmemDefault != null && $Object.hasOwnProperty.call(message, "tcpRmemDefault"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tcpRmemDefault);
                if (message.tcpRmemMax != null && $Object.hasOwnProperty.call(message, "tcpRmemMax"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tcpRmemMax);
                if (message.tcpWmemMin != null && $Object.hasOwnProperty.call(message, "tcpWmemMin"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.tcpWmemMin);
                if (message.tcpWmemDefault != null && $Object.hasOwnProperty.call(message, "tcpWmemDefault"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tcpWmemDefault);
                if (message.tcpWmemMax != null && $Object.hasOwnProperty.call(message, "tcpWmemMax"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.tcpWmemMax);
                if (message.rmemMax != null && $Object.hasOwnProperty.call(message, "rmemMax"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rmemMax);
                if (message.wmemMax != null && $Object.hasOwnProperty.call(message, "wmemMax"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.wmemMax);
                if (message.tcpWindowScaling != null && $Object.hasOwnProperty.call(message, "tcpWindowScaling"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.tcpWindowScaling);
                if (message.tcpMtuProbing != null && $Object.hasOwnProperty.call(message, "tcpMtuProbing"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tcpMtuProbing);
                if (message.tcpSack != null && $Object.hasOwnProperty.call(message, "tcpSack"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tcpSack);
                if (message.netdevMaxBacklog != null && $Object.hasOwnProperty.call(message, "netdevMaxBacklog"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.netdevMaxBacklog);
                if (message.ipNoPmtuDisc != null && $Object.hasOwnProperty.call(message, "ipNoPmtuDisc"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.ipNoPmtuDisc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sysctls message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Sysctls & tunnelscope.v1.Sysctls.$Shape} Sysctls
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sysctls.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.Sysctls();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.tcpRmemMin = reader.uint32();
                            message._tcpRmemMin = "tcpRmemMin";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.tcpRmemDefault = reader.uint32();
                            message._tcpRmemDefault = "tcpRmemDefault";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.tcpRmemMax = reader.uint32();
                            message._tcpRmemMax = "tcpRmemMax";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.tcpWmemMin = reader.uint32();
                            message._tcpWmemMin = "tcpWmemMin";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.tcpWmemDefault = reader.uint32();
                            message._tcpWmemDefault = "tcpWmemDefault";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.tcpWmemMax = reader.uint32();
                            message._tcpWmemMax = "tcpWmemMax";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.rmemMax = reader.uint32();
                            message._rmemMax = "rmemMax";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.wmemMax = reader.uint32();
                            message._wmemMax = "wmemMax";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.tcpWindowScaling = reader.uint32();
                            message._tcpWindowScaling = "tcpWindowScaling";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.tcpMtuProbing = reader.uint32();
                            message._tcpMtuProbing = "tcpMtuProbing";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.tcpSack = reader.uint32();
                            message._tcpSack = "tcpSack";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.netdevMaxBacklog = reader.uint32();
                            message._netdevMaxBacklog = "netdevMaxBacklog";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            message.ipNoPmtuDisc = reader.uint32();
                            message._ipNoPmtuDisc = "ipNoPmtuDisc";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Sysctls message.
             * @function verify
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Sysctls.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.tcpRmemMin != null && $Object.hasOwnProperty.call(message, "tcpRmemMin")) {
                    properties._tcpRmemMin = 1;
                    if (!$util.isInteger(message.tcpRmemMin))
                        return "tcpRmemMin: integer expected";
                }
                if (message.tcpRmemDefault != null && $Object.hasOwnProperty.call(message, "tcpRmemDefault")) {
                    properties._tcpRmemDefault = 1;
                    if (!$util.isInteger(message.tcpRmemDefault))
                        return "tcpRmemDefault: integer expected";
                }
                if (message.tcpRmemMax != null && $Object.hasOwnProperty.call(message, "tcpRmemMax")) {
                    properties._tcpRmemMax = 1;
                    if (!$util.isInteger(message.tcpRmemMax))
                        return "tcpRmemMax: integer expected";
                }
                if (message.tcpWmemMin != null && $Object.hasOwnProperty.call(message, "tcpWmemMin")) {
                    properties._tcpWmemMin = 1;
                    if (!$util.isInteger(message.tcpWmemMin))
                        return "tcpWmemMin: integer expected";
                }
                if (message.tcpWmemDefault != null && $Object.hasOwnProperty.call(message, "tcpWmemDefault")) {
                    properties._tcpWmemDefault = 1;
                    if (!$util.isInteger(message.tcpWmemDefault))
                        return "tcpWmemDefault: integer expected";
                }
                if (message.tcpWmemMax != null && $Object.hasOwnProperty.call(message, "tcpWmemMax")) {
                    properties._tcpWmemMax = 1;
                    if (!$util.isInteger(message.tcpWmemMax))
                        return "tcpWmemMax: integer expected";
                }
                if (message.rmemMax != null && $Object.hasOwnProperty.call(message, "rmemMax")) {
                    properties._rmemMax = 1;
                    if (!$util.isInteger(message.rmemMax))
                        return "rmemMax: integer expected";
                }
                if (message.wmemMax != null && $Object.hasOwnProperty.call(message, "wmemMax")) {
                    properties._wmemMax = 1;
                    if (!$util.isInteger(message.wmemMax))
                        return "wmemMax: integer expected";
                }
                if (message.tcpWindowScaling != null && $Object.hasOwnProperty.call(message, "tcpWindowScaling")) {
                    properties._tcpWindowScaling = 1;
                    if (!$util.isInteger(message.tcpWindowScaling))
                        return "tcpWindowScaling: integer expected";
                }
                if (message.tcpMtuProbing != null && $Object.hasOwnProperty.call(message, "tcpMtuProbing")) {
                    properties._tcpMtuProbing = 1;
                    if (!$util.isInteger(message.tcpMtuProbing))
                        return "tcpMtuProbing: integer expected";
                }
                if (message.tcpSack != null && $Object.hasOwnProperty.call(message, "tcpSack")) {
                    properties._tcpSack = 1;
                    if (!$util.isInteger(message.tcpSack))
                        return "tcpSack: integer expected";
                }
                if (message.netdevMaxBacklog != null && $Object.hasOwnProperty.call(message, "netdevMaxBacklog")) {
                    properties._netdevMaxBacklog = 1;
                    if (!$util.isInteger(message.netdevMaxBacklog))
                        return "netdevMaxBacklog: integer expected";
                }
                if (message.ipNoPmtuDisc != null && $Object.hasOwnProperty.call(message, "ipNoPmtuDisc")) {
                    properties._ipNoPmtuDisc = 1;
                    if (!$util.isInteger(message.ipNoPmtuDisc))
                        return "ipNoPmtuDisc: integer expected";
                }
                return null;
            };

            /**
             * Creates a Sysctls message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.Sysctls} Sysctls
             */
            Sysctls.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.Sysctls)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.Sysctls: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.Sysctls();
                if (object.tcpRmemMin != null)
                    message.tcpRmemMin = object.tcpRmemMin >>> 0;
                if (object.tcpRmemDefault != null)
                    message.tcpRmemDefault = object.tcpRmemDefault >>> 0;
                if (object.tcpRmemMax != null)
                    message.tcpRmemMax = object.tcpRmemMax >>> 0;
                if (object.tcpWmemMin != null)
                    message.tcpWmemMin = object.tcpWmemMin >>> 0;
                if (object.tcpWmemDefault != null)
                    message.tcpWmemDefault = object.tcpWmemDefault >>> 0;
                if (object.tcpWmemMax != null)
                    message.tcpWmemMax = object.tcpWmemMax >>> 0;
                if (object.rmemMax != null)
                    message.rmemMax = object.rmemMax >>> 0;
                if (object.wmemMax != null)
                    message.wmemMax = object.wmemMax >>> 0;
                if (object.tcpWindowScaling != null)
                    message.tcpWindowScaling = object.tcpWindowScaling >>> 0;
                if (object.tcpMtuProbing != null)
                    message.tcpMtuProbing = object.tcpMtuProbing >>> 0;
                if (object.tcpSack != null)
                    message.tcpSack = object.tcpSack >>> 0;
                if (object.netdevMaxBacklog != null)
                    message.netdevMaxBacklog = object.netdevMaxBacklog >>> 0;
                if (object.ipNoPmtuDisc != null)
                    message.ipNoPmtuDisc = object.ipNoPmtuDisc >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Sysctls message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {tunnelscope.v1.Sysctls} message Sysctls
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sysctls.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.tcpRmemMin != null && $Object.hasOwnProperty.call(message, "tcpRmemMin"))
                    object.tcpRmemMin = message.tcpRmemMin;
                if (message.tcpRmemDefault != null && $Object.hasOwnProperty.call(message, "tcpRmemDefault"))
                    object.tcpRmemDefault = message.tcpRmemDefault;
                if (message.tcpRmemMax != null && $Object.hasOwnProperty.call(message, "tcpRmemMax"))
                    object.tcpRmemMax = message.tcpRmemMax;
                if (message.tcpWmemMin != null && $Object.hasOwnProperty.call(message, "tcpWmemMin"))
                    object.tcpWmemMin = message.tcpWmemMin;
                if (message.tcpWmemDefault != null && $Object.hasOwnProperty.call(message, "tcpWmemDefault"))
                    object.tcpWmemDefault = message.tcpWmemDefault;
                if (message.tcpWmemMax != null && $Object.hasOwnProperty.call(message, "tcpWmemMax"))
                    object.tcpWmemMax = message.tcpWmemMax;
                if (message.rmemMax != null && $Object.hasOwnProperty.call(message, "rmemMax"))
                    object.rmemMax = message.rmemMax;
                if (message.wmemMax != null && $Object.hasOwnProperty.call(message, "wmemMax"))
                    object.wmemMax = message.wmemMax;
                if (message.tcpWindowScaling != null && $Object.hasOwnProperty.call(message, "tcpWindowScaling"))
                    object.tcpWindowScaling = message.tcpWindowScaling;
                if (message.tcpMtuProbing != null && $Object.hasOwnProperty.call(message, "tcpMtuProbing"))
                    object.tcpMtuProbing = message.tcpMtuProbing;
                if (message.tcpSack != null && $Object.hasOwnProperty.call(message, "tcpSack"))
                    object.tcpSack = message.tcpSack;
                if (message.netdevMaxBacklog != null && $Object.hasOwnProperty.call(message, "netdevMaxBacklog"))
                    object.netdevMaxBacklog = message.netdevMaxBacklog;
                if (message.ipNoPmtuDisc != null && $Object.hasOwnProperty.call(message, "ipNoPmtuDisc"))
                    object.ipNoPmtuDisc = message.ipNoPmtuDisc;
                return object;
            };

            /**
             * Converts this Sysctls to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.Sysctls
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sysctls.prototype.toJSON = function() {
                return Sysctls.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sysctls
             * @function getTypeUrl
             * @memberof tunnelscope.v1.Sysctls
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sysctls.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.Sysctls";
            };

            return Sysctls;
        })();

        v1.InterfaceMtu = (function() {

            /**
             * Properties of an InterfaceMtu.
             * @typedef {Object} tunnelscope.v1.InterfaceMtu.$Properties
             * @property {string|null} [name] Interface name.
             * @property {number|null} [mtu] MTU in bytes.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterfaceMtu.
             * @memberof tunnelscope.v1
             * @interface IInterfaceMtu
             * @augments tunnelscope.v1.InterfaceMtu.$Properties
             * @deprecated Use tunnelscope.v1.InterfaceMtu.$Properties instead.
             */

            /**
             * Shape of an InterfaceMtu.
             * @typedef {tunnelscope.v1.InterfaceMtu.$Properties} tunnelscope.v1.InterfaceMtu.$Shape
             */

            /**
             * Constructs a new InterfaceMtu.
             * @memberof tunnelscope.v1
             * @classdesc An interface's MTU.
             * @constructor
             * @param {tunnelscope.v1.InterfaceMtu.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterfaceMtu = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Interface name.
             * @member {string} name
             * @memberof tunnelscope.v1.InterfaceMtu
             * @instance
             */
            InterfaceMtu.prototype.name = "";

            /**
             * MTU in bytes.
             * @member {number} mtu
             * @memberof tunnelscope.v1.InterfaceMtu
             * @instance
             */
            InterfaceMtu.prototype.mtu = 0;

            /**
             * Creates a new InterfaceMtu instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {tunnelscope.v1.InterfaceMtu.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.InterfaceMtu} InterfaceMtu instance
             * @type {{
             *   (properties: tunnelscope.v1.InterfaceMtu.$Shape): tunnelscope.v1.InterfaceMtu & tunnelscope.v1.InterfaceMtu.$Shape;
             *   (properties?: tunnelscope.v1.InterfaceMtu.$Properties): tunnelscope.v1.InterfaceMtu;
             * }}
             */
            InterfaceMtu.create = function(properties) {
                return new InterfaceMtu(properties);
            };

            /**
             * Encodes the specified InterfaceMtu message. Does not implicitly {@link tunnelscope.v1.InterfaceMtu.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {tunnelscope.v1.InterfaceMtu.$Properties} message InterfaceMtu message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterfaceMtu.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mtu);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InterfaceMtu message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.InterfaceMtu & tunnelscope.v1.InterfaceMtu.$Shape} InterfaceMtu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterfaceMtu.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.InterfaceMtu();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an InterfaceMtu message.
             * @function verify
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InterfaceMtu.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    if (!$util.isInteger(message.mtu))
                        return "mtu: integer expected";
                return null;
            };

            /**
             * Creates an InterfaceMtu message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.InterfaceMtu} InterfaceMtu
             */
            InterfaceMtu.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.InterfaceMtu)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.InterfaceMtu: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.InterfaceMtu();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an InterfaceMtu message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {tunnelscope.v1.InterfaceMtu} message InterfaceMtu
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterfaceMtu.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.mtu = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                return object;
            };

            /**
             * Converts this InterfaceMtu to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.InterfaceMtu
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterfaceMtu.prototype.toJSON = function() {
                return InterfaceMtu.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterfaceMtu
             * @function getTypeUrl
             * @memberof tunnelscope.v1.InterfaceMtu
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterfaceMtu.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.InterfaceMtu";
            };

            return InterfaceMtu;
        })();

        v1.HostCounters = (function() {

            /**
             * Properties of a HostCounters.
             * @typedef {Object} tunnelscope.v1.HostCounters.$Properties
             * @property {Object.<string,number|Long>|null} [deltas] Counter deltas by name, "<collector>.<group>.<counter>", e.g.
             * "netstat.TcpExt.TCPRcvQDrop", "xfrm_stat.XfrmInStateSeqError",
             * "softirq.NET_RX.cpu0", "iface.eth0.rx_dropped". A counter that went backwards
             * (reset) reports its new value. Counters that did not change may be left out.
             * @property {tunnelscope.v1.Sysctls.$Properties|null} [sysctls] Sysctl values; sent in the first batch and whenever one changes.
             * @property {Array.<tunnelscope.v1.InterfaceMtu.$Properties>|null} [mtus] MTUs of the capture interfaces and the tunnel interface; sent in the first batch
             * and whenever one changes.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostCounters.
             * @memberof tunnelscope.v1
             * @interface IHostCounters
             * @augments tunnelscope.v1.HostCounters.$Properties
             * @deprecated Use tunnelscope.v1.HostCounters.$Properties instead.
             */

            /**
             * Shape of a HostCounters.
             * @typedef {tunnelscope.v1.HostCounters.$Properties} tunnelscope.v1.HostCounters.$Shape
             */

            /**
             * Constructs a new HostCounters.
             * @memberof tunnelscope.v1
             * @classdesc Host counters over the interval.
             * @constructor
             * @param {tunnelscope.v1.HostCounters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostCounters = function (properties) {
                this.deltas = {};
                this.mtus = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Counter deltas by name, "<collector>.<group>.<counter>", e.g.
             * "netstat.TcpExt.TCPRcvQDrop", "xfrm_stat.XfrmInStateSeqError",
             * "softirq.NET_RX.cpu0", "iface.eth0.rx_dropped". A counter that went backwards
             * (reset) reports its new value. Counters that did not change may be left out.
             * @member {Object.<string,number|Long>} deltas
             * @memberof tunnelscope.v1.HostCounters
             * @instance
             */
            HostCounters.prototype.deltas = $util.emptyObject;

            /**
             * Sysctl values; sent in the first batch and whenever one changes.
             * @member {tunnelscope.v1.Sysctls.$Properties|null|undefined} sysctls
             * @memberof tunnelscope.v1.HostCounters
             * @instance
             */
            HostCounters.prototype.sysctls = null;

            /**
             * MTUs of the capture interfaces and the tunnel interface; sent in the first batch
             * and whenever one changes.
             * @member {Array.<tunnelscope.v1.InterfaceMtu.$Properties>} mtus
             * @memberof tunnelscope.v1.HostCounters
             * @instance
             */
            HostCounters.prototype.mtus = $util.emptyArray;

            /**
             * Creates a new HostCounters instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {tunnelscope.v1.HostCounters.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.HostCounters} HostCounters instance
             * @type {{
             *   (properties: tunnelscope.v1.HostCounters.$Shape): tunnelscope.v1.HostCounters & tunnelscope.v1.HostCounters.$Shape;
             *   (properties?: tunnelscope.v1.HostCounters.$Properties): tunnelscope.v1.HostCounters;
             * }}
             */
            HostCounters.create = function(properties) {
                return new HostCounters(properties);
            };

            /**
             * Encodes the specified HostCounters message. Does not implicitly {@link tunnelscope.v1.HostCounters.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {tunnelscope.v1.HostCounters.$Properties} message HostCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deltas != null && $Object.hasOwnProperty.call(message, "deltas"))
                    for (let keys = $Object.keys(message.deltas), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.deltas[keys[i]]).ldelim();
                if (message.sysctls != null && $Object.hasOwnProperty.call(message, "sysctls"))
                    $root.tunnelscope.v1.Sysctls.encode(message.sysctls, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.mtus != null && message.mtus.length)
                    for (let i = 0; i < message.mtus.length; ++i)
                        $root.tunnelscope.v1.InterfaceMtu.encode(message.mtus[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostCounters message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.HostCounters & tunnelscope.v1.HostCounters.$Shape} HostCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.HostCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.deltas === $util.emptyObject)
                                message.deltas = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.deltas, key);
                            message.deltas[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sysctls = $root.tunnelscope.v1.Sysctls.decode(reader, reader.size(), $undefined, _depth + 1, message.sysctls);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mtus && message.mtus.length))
                                message.mtus = [];
                            message.mtus.push($root.tunnelscope.v1.InterfaceMtu.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HostCounters message.
             * @function verify
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deltas != null && $Object.hasOwnProperty.call(message, "deltas")) {
                    if (!$util.isObject(message.deltas))
                        return "deltas: object expected";
                    let key = $Object.keys(message.deltas);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.deltas[key[i]]) && !(message.deltas[key[i]] && $util.isInteger(message.deltas[key[i]].low) && $util.isInteger(message.deltas[key[i]].high)))
                            return "deltas: integer|Long{k:string} expected";
                }
                if (message.sysctls != null && $Object.hasOwnProperty.call(message, "sysctls")) {
                    let error = $root.tunnelscope.v1.Sysctls.verify(message.sysctls, _depth + 1);
                    if (error)
                        return "sysctls." + error;
                }
                if (message.mtus != null && $Object.hasOwnProperty.call(message, "mtus")) {
                    if (!$Array.isArray(message.mtus))
                        return "mtus: array expected";
                    for (let i = 0; i < message.mtus.length; ++i) {
                        let error = $root.tunnelscope.v1.InterfaceMtu.verify(message.mtus[i], _depth + 1);
                        if (error)
                            return "mtus." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a HostCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.HostCounters} HostCounters
             */
            HostCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.HostCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.HostCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.HostCounters();
                if (object.deltas) {
                    if (!$util.isObject(object.deltas))
                        throw $TypeError(".tunnelscope.v1.HostCounters.deltas: object expected");
                    message.deltas = {};
                    for (let keys = $Object.keys(object.deltas), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.deltas, keys[i]);
                        if ($util.Long)
                            message.deltas[keys[i]] = $util.Long.fromValue(object.deltas[keys[i]], true);
                        else if (typeof object.deltas[keys[i]] === "string")
                            message.deltas[keys[i]] = $parseInt(object.deltas[keys[i]], 10);
                        else if (typeof object.deltas[keys[i]] === "number")
                            message.deltas[keys[i]] = object.deltas[keys[i]];
                        else if (typeof object.deltas[keys[i]] === "object")
                            message.deltas[keys[i]] = new $util.LongBits(object.deltas[keys[i]].low >>> 0, object.deltas[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                if (object.sysctls != null) {
                    if (!$util.isObject(object.sysctls))
                        throw $TypeError(".tunnelscope.v1.HostCounters.sysctls: object expected");
                    message.sysctls = $root.tunnelscope.v1.Sysctls.fromObject(object.sysctls, _depth + 1);
                }
                if (object.mtus) {
                    if (!$Array.isArray(object.mtus))
                        throw $TypeError(".tunnelscope.v1.HostCounters.mtus: array expected");
                    message.mtus = $Array(object.mtus.length);
                    for (let i = 0; i < object.mtus.length; ++i) {
                        if (!$util.isObject(object.mtus[i]))
                            throw $TypeError(".tunnelscope.v1.HostCounters.mtus: object expected");
                        message.mtus[i] = $root.tunnelscope.v1.InterfaceMtu.fromObject(object.mtus[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a HostCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {tunnelscope.v1.HostCounters} message HostCounters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mtus = [];
                if (options.objects || options.defaults)
                    object.deltas = {};
                if (options.defaults)
                    object.sysctls = null;
                let keys2;
                if (message.deltas && (keys2 = $Object.keys(message.deltas)).length) {
                    object.deltas = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.deltas, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.deltas[keys2[j]] = typeof message.deltas[keys2[j]] === "number" ? $BigInt(message.deltas[keys2[j]]) : $util.Long.fromBits(message.deltas[keys2[j]].low >>> 0, message.deltas[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.deltas[keys2[j]] === "number")
                            object.deltas[keys2[j]] = options.longs === $String ? $String(message.deltas[keys2[j]]) : message.deltas[keys2[j]];
                        else
                            object.deltas[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.deltas[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.deltas[keys2[j]].low >>> 0, message.deltas[keys2[j]].high >>> 0).toNumber(true) : message.deltas[keys2[j]];
                    }
                }
                if (message.sysctls != null && $Object.hasOwnProperty.call(message, "sysctls"))
                    object.sysctls = $root.tunnelscope.v1.Sysctls.toObject(message.sysctls, options, _depth + 1);
                if (message.mtus && message.mtus.length) {
                    object.mtus = $Array(message.mtus.length);
                    for (let j = 0; j < message.mtus.length; ++j)
                        object.mtus[j] = $root.tunnelscope.v1.InterfaceMtu.toObject(message.mtus[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this HostCounters to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.HostCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostCounters.prototype.toJSON = function() {
                return HostCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostCounters
             * @function getTypeUrl
             * @memberof tunnelscope.v1.HostCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.HostCounters";
            };

            return HostCounters;
        })();

        /**
         * What a digest describes.
         * @name tunnelscope.v1.DigestKind
         * @enum {number}
         * @property {number} DIGEST_KIND_UNSPECIFIED=0 DIGEST_KIND_UNSPECIFIED value
         * @property {number} DIGEST_KIND_TCP=1 A TCP segment (inner side); the tcp_* fields are set.
         * @property {number} DIGEST_KIND_ESP=2 An ESP packet (outer side); the esp_* fields are set.
         * @property {number} DIGEST_KIND_ICMP_TOO_BIG=3 An ICMP "fragmentation needed" (v4, type 3 code 4) or ICMPv6 "packet too big"
         * (type 2); the icmp_too_big field is set. Always digested, whatever the sampling
         * rate: they are rare and decide whether an MTU black hole is one.
         */
        v1.DigestKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DIGEST_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DIGEST_KIND_TCP"] = 1;
            values[valuesById[2] = "DIGEST_KIND_ESP"] = 2;
            values[valuesById[3] = "DIGEST_KIND_ICMP_TOO_BIG"] = 3;
            return values;
        })();

        /**
         * Which way a packet crossed the interface it was captured on, seen from the gateway.
         * @name tunnelscope.v1.PacketDirection
         * @enum {number}
         * @property {number} PACKET_DIRECTION_UNSPECIFIED=0 Not known (a capture link type without a packet type, e.g. Ethernet on one
         * interface, or a digest from an older agent).
         * @property {number} PACKET_DIRECTION_OUTGOING=1 Sent by the gateway on that interface (Linux SLL/SLL2 packet type 4, "outgoing").
         * @property {number} PACKET_DIRECTION_INCOMING=2 Received by the gateway on that interface (SLL/SLL2 packet types 0-3: to this
         * host, broadcast, multicast, another host).
         */
        v1.PacketDirection = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PACKET_DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PACKET_DIRECTION_OUTGOING"] = 1;
            values[valuesById[2] = "PACKET_DIRECTION_INCOMING"] = 2;
            return values;
        })();

        v1.IcmpTooBig = (function() {

            /**
             * Properties of an IcmpTooBig.
             * @typedef {Object} tunnelscope.v1.IcmpTooBig.$Properties
             * @property {Uint8Array|null} [srcAddr] Source address of the ICMP message (the router that could not forward), 4 or 16 bytes.
             * @property {Uint8Array|null} [dstAddr] Destination address of the ICMP message (the quoted packet's sender), 4 or 16 bytes.
             * @property {number|null} [mtu] Next-hop MTU the message announces, in bytes (0 when the router left it out).
             * @property {number|null} [quotedProtocol] IP protocol of the quoted packet (6 TCP, 17 UDP, 50 ESP, ...); 0 when not quoted.
             * @property {Uint8Array|null} [quotedSrcAddr] Quoted packet's source address, 4 or 16 bytes; empty when not quoted.
             * @property {Uint8Array|null} [quotedDstAddr] Quoted packet's destination address, 4 or 16 bytes; empty when not quoted.
             * @property {number|null} [quotedSrcPort] Quoted packet's source port (TCP/UDP); 0 when not quoted or no ports.
             * @property {number|null} [quotedDstPort] Quoted packet's destination port; 0 when not quoted or no ports.
             * @property {number|null} [quotedLength] Quoted packet's IP length (IPv4 total length, IPv6 40 + payload length): the size
             * that did not fit.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IcmpTooBig.
             * @memberof tunnelscope.v1
             * @interface IIcmpTooBig
             * @augments tunnelscope.v1.IcmpTooBig.$Properties
             * @deprecated Use tunnelscope.v1.IcmpTooBig.$Properties instead.
             */

            /**
             * Shape of an IcmpTooBig.
             * @typedef {tunnelscope.v1.IcmpTooBig.$Properties} tunnelscope.v1.IcmpTooBig.$Shape
             */

            /**
             * Constructs a new IcmpTooBig.
             * @memberof tunnelscope.v1
             * @classdesc An ICMP too-big message (DIGEST_KIND_ICMP_TOO_BIG) and the header it quotes.
             * @constructor
             * @param {tunnelscope.v1.IcmpTooBig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IcmpTooBig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Source address of the ICMP message (the router that could not forward), 4 or 16 bytes.
             * @member {Uint8Array} srcAddr
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.srcAddr = $util.newBuffer([]);

            /**
             * Destination address of the ICMP message (the quoted packet's sender), 4 or 16 bytes.
             * @member {Uint8Array} dstAddr
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.dstAddr = $util.newBuffer([]);

            /**
             * Next-hop MTU the message announces, in bytes (0 when the router left it out).
             * @member {number} mtu
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.mtu = 0;

            /**
             * IP protocol of the quoted packet (6 TCP, 17 UDP, 50 ESP, ...); 0 when not quoted.
             * @member {number} quotedProtocol
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedProtocol = 0;

            /**
             * Quoted packet's source address, 4 or 16 bytes; empty when not quoted.
             * @member {Uint8Array} quotedSrcAddr
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedSrcAddr = $util.newBuffer([]);

            /**
             * Quoted packet's destination address, 4 or 16 bytes; empty when not quoted.
             * @member {Uint8Array} quotedDstAddr
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedDstAddr = $util.newBuffer([]);

            /**
             * Quoted packet's source port (TCP/UDP); 0 when not quoted or no ports.
             * @member {number} quotedSrcPort
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedSrcPort = 0;

            /**
             * Quoted packet's destination port; 0 when not quoted or no ports.
             * @member {number} quotedDstPort
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedDstPort = 0;

            /**
             * Quoted packet's IP length (IPv4 total length, IPv6 40 + payload length): the size
             * that did not fit.
             * @member {number} quotedLength
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             */
            IcmpTooBig.prototype.quotedLength = 0;

            /**
             * Creates a new IcmpTooBig instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {tunnelscope.v1.IcmpTooBig.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.IcmpTooBig} IcmpTooBig instance
             * @type {{
             *   (properties: tunnelscope.v1.IcmpTooBig.$Shape): tunnelscope.v1.IcmpTooBig & tunnelscope.v1.IcmpTooBig.$Shape;
             *   (properties?: tunnelscope.v1.IcmpTooBig.$Properties): tunnelscope.v1.IcmpTooBig;
             * }}
             */
            IcmpTooBig.create = function(properties) {
                return new IcmpTooBig(properties);
            };

            /**
             * Encodes the specified IcmpTooBig message. Does not implicitly {@link tunnelscope.v1.IcmpTooBig.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {tunnelscope.v1.IcmpTooBig.$Properties} message IcmpTooBig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IcmpTooBig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr") && message.srcAddr.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.srcAddr);
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr") && message.dstAddr.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.dstAddr);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mtu);
                if (message.quotedProtocol != null && $Object.hasOwnProperty.call(message, "quotedProtocol") && message.quotedProtocol !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.quotedProtocol);
                if (message.quotedSrcAddr != null && $Object.hasOwnProperty.call(message, "quotedSrcAddr") && message.quotedSrcAddr.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.quotedSrcAddr);
                if (message.quotedDstAddr != null && $Object.hasOwnProperty.call(message, "quotedDstAddr") && message.quotedDstAddr.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.quotedDstAddr);
                if (message.quotedSrcPort != null && $Object.hasOwnProperty.call(message, "quotedSrcPort") && message.quotedSrcPort !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.quotedSrcPort);
                if (message.quotedDstPort != null && $Object.hasOwnProperty.call(message, "quotedDstPort") && message.quotedDstPort !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.quotedDstPort);
                if (message.quotedLength != null && $Object.hasOwnProperty.call(message, "quotedLength") && message.quotedLength !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.quotedLength);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IcmpTooBig message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.IcmpTooBig & tunnelscope.v1.IcmpTooBig.$Shape} IcmpTooBig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IcmpTooBig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.IcmpTooBig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.srcAddr = value;
                            else
                                delete message.srcAddr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.dstAddr = value;
                            else
                                delete message.dstAddr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quotedProtocol = value;
                            else
                                delete message.quotedProtocol;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.quotedSrcAddr = value;
                            else
                                delete message.quotedSrcAddr;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.quotedDstAddr = value;
                            else
                                delete message.quotedDstAddr;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quotedSrcPort = value;
                            else
                                delete message.quotedSrcPort;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quotedDstPort = value;
                            else
                                delete message.quotedDstPort;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quotedLength = value;
                            else
                                delete message.quotedLength;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an IcmpTooBig message.
             * @function verify
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IcmpTooBig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    if (!(message.srcAddr && typeof message.srcAddr.length === "number" || $util.isString(message.srcAddr)))
                        return "srcAddr: buffer expected";
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    if (!(message.dstAddr && typeof message.dstAddr.length === "number" || $util.isString(message.dstAddr)))
                        return "dstAddr: buffer expected";
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    if (!$util.isInteger(message.mtu))
                        return "mtu: integer expected";
                if (message.quotedProtocol != null && $Object.hasOwnProperty.call(message, "quotedProtocol"))
                    if (!$util.isInteger(message.quotedProtocol))
                        return "quotedProtocol: integer expected";
                if (message.quotedSrcAddr != null && $Object.hasOwnProperty.call(message, "quotedSrcAddr"))
                    if (!(message.quotedSrcAddr && typeof message.quotedSrcAddr.length === "number" || $util.isString(message.quotedSrcAddr)))
                        return "quotedSrcAddr: buffer expected";
                if (message.quotedDstAddr != null && $Object.hasOwnProperty.call(message, "quotedDstAddr"))
                    if (!(message.quotedDstAddr && typeof message.quotedDstAddr.length === "number" || $util.isString(message.quotedDstAddr)))
                        return "quotedDstAddr: buffer expected";
                if (message.quotedSrcPort != null && $Object.hasOwnProperty.call(message, "quotedSrcPort"))
                    if (!$util.isInteger(message.quotedSrcPort))
                        return "quotedSrcPort: integer expected";
                if (message.quotedDstPort != null && $Object.hasOwnProperty.call(message, "quotedDstPort"))
                    if (!$util.isInteger(message.quotedDstPort))
                        return "quotedDstPort: integer expected";
                if (message.quotedLength != null && $Object.hasOwnProperty.call(message, "quotedLength"))
                    if (!$util.isInteger(message.quotedLength))
                        return "quotedLength: integer expected";
                return null;
            };

            /**
             * Creates an IcmpTooBig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.IcmpTooBig} IcmpTooBig
             */
            IcmpTooBig.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.IcmpTooBig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.IcmpTooBig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.IcmpTooBig();
                if (object.srcAddr != null)
                    if (object.srcAddr.length)
                        if (typeof object.srcAddr === "string")
                            $util.base64.decode(object.srcAddr, message.srcAddr = $util.newBuffer($util.base64.length(object.srcAddr)), 0);
                        else if (object.srcAddr.length >= 0)
                            message.srcAddr = object.srcAddr;
                if (object.dstAddr != null)
                    if (object.dstAddr.length)
                        if (typeof object.dstAddr === "string")
                            $util.base64.decode(object.dstAddr, message.dstAddr = $util.newBuffer($util.base64.length(object.dstAddr)), 0);
                        else if (object.dstAddr.length >= 0)
                            message.dstAddr = object.dstAddr;
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.quotedProtocol != null)
                    if ($Number(object.quotedProtocol) !== 0)
                        message.quotedProtocol = object.quotedProtocol >>> 0;
                if (object.quotedSrcAddr != null)
                    if (object.quotedSrcAddr.length)
                        if (typeof object.quotedSrcAddr === "string")
                            $util.base64.decode(object.quotedSrcAddr, message.quotedSrcAddr = $util.newBuffer($util.base64.length(object.quotedSrcAddr)), 0);
                        else if (object.quotedSrcAddr.length >= 0)
                            message.quotedSrcAddr = object.quotedSrcAddr;
                if (object.quotedDstAddr != null)
                    if (object.quotedDstAddr.length)
                        if (typeof object.quotedDstAddr === "string")
                            $util.base64.decode(object.quotedDstAddr, message.quotedDstAddr = $util.newBuffer($util.base64.length(object.quotedDstAddr)), 0);
                        else if (object.quotedDstAddr.length >= 0)
                            message.quotedDstAddr = object.quotedDstAddr;
                if (object.quotedSrcPort != null)
                    if ($Number(object.quotedSrcPort) !== 0)
                        message.quotedSrcPort = object.quotedSrcPort >>> 0;
                if (object.quotedDstPort != null)
                    if ($Number(object.quotedDstPort) !== 0)
                        message.quotedDstPort = object.quotedDstPort >>> 0;
                if (object.quotedLength != null)
                    if ($Number(object.quotedLength) !== 0)
                        message.quotedLength = object.quotedLength >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IcmpTooBig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {tunnelscope.v1.IcmpTooBig} message IcmpTooBig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IcmpTooBig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.srcAddr = "";
                    else {
                        object.srcAddr = [];
                        if (options.bytes !== $Array)
                            object.srcAddr = $util.newBuffer(object.srcAddr);
                    }
                    if (options.bytes === $String)
                        object.dstAddr = "";
                    else {
                        object.dstAddr = [];
                        if (options.bytes !== $Array)
                            object.dstAddr = $util.newBuffer(object.dstAddr);
                    }
                    object.mtu = 0;
                    object.quotedProtocol = 0;
                    if (options.bytes === $String)
                        object.quotedSrcAddr = "";
                    else {
                        object.quotedSrcAddr = [];
                        if (options.bytes !== $Array)
                            object.quotedSrcAddr = $util.newBuffer(object.quotedSrcAddr);
                    }
                    if (options.bytes === $String)
                        object.quotedDstAddr = "";
                    else {
                        object.quotedDstAddr = [];
                        if (options.bytes !== $Array)
                            object.quotedDstAddr = $util.newBuffer(object.quotedDstAddr);
                    }
                    object.quotedSrcPort = 0;
                    object.quotedDstPort = 0;
                    object.quotedLength = 0;
                }
                if (message.srcAddr != null && $Object.hasOwnProperty.call(message, "srcAddr"))
                    object.srcAddr = options.bytes === $String ? $util.base64.encode(message.srcAddr, 0, message.srcAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.srcAddr) : message.srcAddr;
                if (message.dstAddr != null && $Object.hasOwnProperty.call(message, "dstAddr"))
                    object.dstAddr = options.bytes === $String ? $util.base64.encode(message.dstAddr, 0, message.dstAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.dstAddr) : message.dstAddr;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.quotedProtocol != null && $Object.hasOwnProperty.call(message, "quotedProtocol"))
                    object.quotedProtocol = message.quotedProtocol;
                if (message.quotedSrcAddr != null && $Object.hasOwnProperty.call(message, "quotedSrcAddr"))
                    object.quotedSrcAddr = options.bytes === $String ? $util.base64.encode(message.quotedSrcAddr, 0, message.quotedSrcAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.quotedSrcAddr) : message.quotedSrcAddr;
                if (message.quotedDstAddr != null && $Object.hasOwnProperty.call(message, "quotedDstAddr"))
                    object.quotedDstAddr = options.bytes === $String ? $util.base64.encode(message.quotedDstAddr, 0, message.quotedDstAddr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.quotedDstAddr) : message.quotedDstAddr;
                if (message.quotedSrcPort != null && $Object.hasOwnProperty.call(message, "quotedSrcPort"))
                    object.quotedSrcPort = message.quotedSrcPort;
                if (message.quotedDstPort != null && $Object.hasOwnProperty.call(message, "quotedDstPort"))
                    object.quotedDstPort = message.quotedDstPort;
                if (message.quotedLength != null && $Object.hasOwnProperty.call(message, "quotedLength"))
                    object.quotedLength = message.quotedLength;
                return object;
            };

            /**
             * Converts this IcmpTooBig to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.IcmpTooBig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IcmpTooBig.prototype.toJSON = function() {
                return IcmpTooBig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IcmpTooBig
             * @function getTypeUrl
             * @memberof tunnelscope.v1.IcmpTooBig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IcmpTooBig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.IcmpTooBig";
            };

            return IcmpTooBig;
        })();

        v1.PacketDigest = (function() {

            /**
             * Properties of a PacketDigest.
             * @typedef {Object} tunnelscope.v1.PacketDigest.$Properties
             * @property {tunnelscope.v1.Tap|null} [tap] Where it was captured.
             * @property {number|Long|null} [timestampNs] Capture timestamp (Unix ns, agent clock).
             * @property {number|Long|null} [hash] 64-bit hash of the fields that survive the path (TCP: addresses, ports, seq, ack,
             * IP id, payload length, flags; ESP: SPI, seq; ICMP too-big: addresses, IP id, MTU
             * and the quoted addresses, ports and length). Equal at every tap the packet crosses;
             * its upper 32 bits decide sampling (StartCapture.sampling_rate; ICMP too-big is
             * always digested).
             * @property {tunnelscope.v1.DigestKind|null} [kind] TCP, ESP or ICMP too-big.
             * @property {number|null} [ref] 1-based index into SummaryBatch.flows (kind TCP) or SummaryBatch.sas (kind ESP)
             * of the same batch; 0 = not listed there (always for ICMP too-big).
             * @property {number|null} [tcpSeq] TCP sequence number.
             * @property {number|null} [tcpAck] TCP acknowledgement number.
             * @property {number|null} [tcpLen] TCP payload length in bytes.
             * @property {number|null} [tcpFlags] TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, ...).
             * @property {number|null} [tcpWindow] TCP window field as on the wire (unscaled).
             * @property {number|null} [espSpi] ESP SPI.
             * @property {number|null} [espSeq] ESP sequence number (32-bit wire value).
             * @property {number|null} [ipLength] IP total length (IPv4) or payload length + 40 (IPv6), in bytes.
             * @property {number|null} [ipId] IPv4 identification field; 0 for IPv6.
             * @property {number|null} ["interface"] The capture interface the packet was seen on: the kernel ifindex of an SLL2
             * (`tcpdump -i any`) capture or the pcapng interface id, the number the decoder
             * gives as PacketView.iface. A capture of one interface whose link type carries no
             * number gets an agent-assigned id >= 0xffff0000, one per capture stream. Its role
             * is in SummaryBatch.interfaces. Absent from older agents: the coordinator then
             * infers the LAN and tunnel-device copies from the traffic.
             * @property {tunnelscope.v1.PacketDirection|null} [direction] Sent or received by the gateway on `interface`; UNSPECIFIED when unknown.
             * @property {number|null} [espLength] ESP length: bytes from the SPI to the end of the packet (the IP payload, or the
             * UDP payload when UDP-encapsulated); 0 = not sent (derive it from ip_length).
             * @property {number|null} [tcpMss] MSS option of a TCP SYN (bytes); 0 when the segment has none.
             * @property {number|null} [tcpWindowScale] Window-scale option (shift count 0..14) of a TCP SYN; absent when it has none.
             * @property {boolean|null} [tcpSackPermitted] A TCP SYN carrying the SACK-permitted option.
             * @property {tunnelscope.v1.IcmpTooBig.$Properties|null} [icmpTooBig] Kind ICMP_TOO_BIG: the message and its quote.
             * @property {number|Long|null} [innerHash] Kind ESP: the digest hash of the cleartext packet this ESP packet carried (encrypting
             * side) or yielded (decrypting side), where the agent paired them; 0 = not paired.
             * Sampling below rate 1 selects an ESP digest when this inner hash is selected (as its
             * TCP digest is, on every tap) or its own (SPI, sequence) hash is; on the decrypting
             * side an ESP packet that yielded no cleartext is always digested (it died inside the
             * gateway), so the four taps sample the same packets.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PacketDigest.
             * @memberof tunnelscope.v1
             * @interface IPacketDigest
             * @augments tunnelscope.v1.PacketDigest.$Properties
             * @deprecated Use tunnelscope.v1.PacketDigest.$Properties instead.
             */

            /**
             * Shape of a PacketDigest.
             * @typedef {tunnelscope.v1.PacketDigest.$Properties} tunnelscope.v1.PacketDigest.$Shape
             */

            /**
             * Constructs a new PacketDigest.
             * @memberof tunnelscope.v1
             * @classdesc Compact fingerprint of one captured packet for cross-tap matching (trajectory
             * sampling, DESIGN §3). Zero-valued fields cost nothing on the wire.
             * @constructor
             * @param {tunnelscope.v1.PacketDigest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PacketDigest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Where it was captured.
             * @member {tunnelscope.v1.Tap} tap
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tap = 0;

            /**
             * Capture timestamp (Unix ns, agent clock).
             * @member {number|Long} timestampNs
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.timestampNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * 64-bit hash of the fields that survive the path (TCP: addresses, ports, seq, ack,
             * IP id, payload length, flags; ESP: SPI, seq; ICMP too-big: addresses, IP id, MTU
             * and the quoted addresses, ports and length). Equal at every tap the packet crosses;
             * its upper 32 bits decide sampling (StartCapture.sampling_rate; ICMP too-big is
             * always digested).
             * @member {number|Long} hash
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.hash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TCP, ESP or ICMP too-big.
             * @member {tunnelscope.v1.DigestKind} kind
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.kind = 0;

            /**
             * 1-based index into SummaryBatch.flows (kind TCP) or SummaryBatch.sas (kind ESP)
             * of the same batch; 0 = not listed there (always for ICMP too-big).
             * @member {number} ref
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.ref = 0;

            /**
             * TCP sequence number.
             * @member {number} tcpSeq
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpSeq = 0;

            /**
             * TCP acknowledgement number.
             * @member {number} tcpAck
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpAck = 0;

            /**
             * TCP payload length in bytes.
             * @member {number} tcpLen
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpLen = 0;

            /**
             * TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, ...).
             * @member {number} tcpFlags
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpFlags = 0;

            /**
             * TCP window field as on the wire (unscaled).
             * @member {number} tcpWindow
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpWindow = 0;

            /**
             * ESP SPI.
             * @member {number} espSpi
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.espSpi = 0;

            /**
             * ESP sequence number (32-bit wire value).
             * @member {number} espSeq
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.espSeq = 0;

            /**
             * IP total length (IPv4) or payload length + 40 (IPv6), in bytes.
             * @member {number} ipLength
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.ipLength = 0;

            /**
             * IPv4 identification field; 0 for IPv6.
             * @member {number} ipId
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.ipId = 0;

            /**
             * The capture interface the packet was seen on: the kernel ifindex of an SLL2
             * (`tcpdump -i any`) capture or the pcapng interface id, the number the decoder
             * gives as PacketView.iface. A capture of one interface whose link type carries no
             * number gets an agent-assigned id >= 0xffff0000, one per capture stream. Its role
             * is in SummaryBatch.interfaces. Absent from older agents: the coordinator then
             * infers the LAN and tunnel-device copies from the traffic.
             * @member {number|null|undefined} interface
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype["interface"] = null;

            /**
             * Sent or received by the gateway on `interface`; UNSPECIFIED when unknown.
             * @member {tunnelscope.v1.PacketDirection} direction
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.direction = 0;

            /**
             * ESP length: bytes from the SPI to the end of the packet (the IP payload, or the
             * UDP payload when UDP-encapsulated); 0 = not sent (derive it from ip_length).
             * @member {number} espLength
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.espLength = 0;

            /**
             * MSS option of a TCP SYN (bytes); 0 when the segment has none.
             * @member {number} tcpMss
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpMss = 0;

            /**
             * Window-scale option (shift count 0..14) of a TCP SYN; absent when it has none.
             * @member {number|null|undefined} tcpWindowScale
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpWindowScale = null;

            /**
             * A TCP SYN carrying the SACK-permitted option.
             * @member {boolean} tcpSackPermitted
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.tcpSackPermitted = false;

            /**
             * Kind ICMP_TOO_BIG: the message and its quote.
             * @member {tunnelscope.v1.IcmpTooBig.$Properties|null|undefined} icmpTooBig
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.icmpTooBig = null;

            /**
             * Kind ESP: the digest hash of the cleartext packet this ESP packet carried (encrypting
             * side) or yielded (decrypting side), where the agent paired them; 0 = not paired.
             * Sampling below rate 1 selects an ESP digest when this inner hash is selected (as its
             * TCP digest is, on every tap) or its own (SPI, sequence) hash is; on the decrypting
             * side an ESP packet that yielded no cleartext is always digested (it died inside the
             * gateway), so the four taps sample the same packets.
             * @member {number|Long} innerHash
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             */
            PacketDigest.prototype.innerHash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PacketDigest.prototype, "_interface", {
                get: $util.oneOfGetter($oneOfFields = ["interface"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PacketDigest.prototype, "_tcpWindowScale", {
                get: $util.oneOfGetter($oneOfFields = ["tcpWindowScale"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PacketDigest instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {tunnelscope.v1.PacketDigest.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.PacketDigest} PacketDigest instance
             * @type {{
             *   (properties: tunnelscope.v1.PacketDigest.$Shape): tunnelscope.v1.PacketDigest & tunnelscope.v1.PacketDigest.$Shape;
             *   (properties?: tunnelscope.v1.PacketDigest.$Properties): tunnelscope.v1.PacketDigest;
             * }}
             */
            PacketDigest.create = function(properties) {
                return new PacketDigest(properties);
            };

            /**
             * Encodes the specified PacketDigest message. Does not implicitly {@link tunnelscope.v1.PacketDigest.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {tunnelscope.v1.PacketDigest.$Properties} message PacketDigest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PacketDigest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap") && message.tap !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.tap);
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs") && (typeof message.timestampNs === "object" ? message.timestampNs.low || message.timestampNs.high : message.timestampNs !== 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.timestampNs);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && (typeof message.hash === "object" ? message.hash.low || message.hash.high : message.hash !== 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).fixed64(message.hash);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ref);
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq") && message.tcpSeq !== 0)
                    writer.uint32(/* id 6, wireType 5 =*/53).fixed32(message.tcpSeq);
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck") && message.tcpAck !== 0)
                    writer.uint32(/* id 7, wireType 5 =*/61).fixed32(message.tcpAck);
                if (message.tcpLen != null && $Object.hasOwnProperty.call(message, "tcpLen") && message.tcpLen !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.tcpLen);
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags") && message.tcpFlags !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.tcpFlags);
                if (message.tcpWindow != null && $Object.hasOwnProperty.call(message, "tcpWindow") && message.tcpWindow !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tcpWindow);
                if (message.espSpi != null && $Object.hasOwnProperty.call(message, "espSpi") && message.espSpi !== 0)
                    writer.uint32(/* id 11, wireType 5 =*/93).fixed32(message.espSpi);
                if (message.espSeq != null && $Object.hasOwnProperty.call(message, "espSeq") && message.espSeq !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.espSeq);
                if (message.ipLength != null && $Object.hasOwnProperty.call(message, "ipLength") && message.ipLength !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.ipLength);
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId") && message.ipId !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.ipId);
                if (message["interface"] != null && $Object.hasOwnProperty.call(message, "interface"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message["interface"]);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).int32(message.direction);
                if (message.espLength != null && $Object.hasOwnProperty.call(message, "espLength") && message.espLength !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.espLength);
                if (message.tcpMss != null && $Object.hasOwnProperty.call(message, "tcpMss") && message.tcpMss !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.tcpMss);
                if (message.tcpWindowScale != null && $Object.hasOwnProperty.call(message, "tcpWindowScale"))
                    writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.tcpWindowScale);
                if (message.tcpSackPermitted != null && $Object.hasOwnProperty.call(message, "tcpSackPermitted") && message.tcpSackPermitted !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.tcpSackPermitted);
                if (message.icmpTooBig != null && $Object.hasOwnProperty.call(message, "icmpTooBig"))
                    $root.tunnelscope.v1.IcmpTooBig.encode(message.icmpTooBig, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.innerHash != null && $Object.hasOwnProperty.call(message, "innerHash") && (typeof message.innerHash === "object" ? message.innerHash.low || message.innerHash.high : message.innerHash !== 0))
                    writer.uint32(/* id 22, wireType 1 =*/177).fixed64(message.innerHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PacketDigest message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.PacketDigest & tunnelscope.v1.PacketDigest.$Shape} PacketDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PacketDigest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.PacketDigest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.tap = value;
                            else
                                delete message.tap;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampNs = value;
                            else
                                delete message.timestampNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.tcpSeq = value;
                            else
                                delete message.tcpSeq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.tcpAck = value;
                            else
                                delete message.tcpAck;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpLen = value;
                            else
                                delete message.tcpLen;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpFlags = value;
                            else
                                delete message.tcpFlags;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpWindow = value;
                            else
                                delete message.tcpWindow;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.espSpi = value;
                            else
                                delete message.espSpi;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.espSeq = value;
                            else
                                delete message.espSeq;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipLength = value;
                            else
                                delete message.ipLength;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipId = value;
                            else
                                delete message.ipId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            message["interface"] = reader.uint32();
                            message._interface = "interface";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.espLength = value;
                            else
                                delete message.espLength;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpMss = value;
                            else
                                delete message.tcpMss;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            message.tcpWindowScale = reader.uint32();
                            message._tcpWindowScale = "tcpWindowScale";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tcpSackPermitted = value;
                            else
                                delete message.tcpSackPermitted;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.icmpTooBig = $root.tunnelscope.v1.IcmpTooBig.decode(reader, reader.size(), $undefined, _depth + 1, message.icmpTooBig);
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.innerHash = value;
                            else
                                delete message.innerHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PacketDigest message.
             * @function verify
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PacketDigest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    if (typeof message.tap !== "number" || (message.tap | 0) !== message.tap)
                        return "tap: enum value expected";
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs"))
                    if (!$util.isInteger(message.timestampNs) && !(message.timestampNs && $util.isInteger(message.timestampNs.low) && $util.isInteger(message.timestampNs.high)))
                        return "timestampNs: integer|Long expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isInteger(message.hash) && !(message.hash && $util.isInteger(message.hash.low) && $util.isInteger(message.hash.high)))
                        return "hash: integer|Long expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (!$util.isInteger(message.ref))
                        return "ref: integer expected";
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq"))
                    if (!$util.isInteger(message.tcpSeq))
                        return "tcpSeq: integer expected";
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck"))
                    if (!$util.isInteger(message.tcpAck))
                        return "tcpAck: integer expected";
                if (message.tcpLen != null && $Object.hasOwnProperty.call(message, "tcpLen"))
                    if (!$util.isInteger(message.tcpLen))
                        return "tcpLen: integer expected";
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags"))
                    if (!$util.isInteger(message.tcpFlags))
                        return "tcpFlags: integer expected";
                if (message.tcpWindow != null && $Object.hasOwnProperty.call(message, "tcpWindow"))
                    if (!$util.isInteger(message.tcpWindow))
                        return "tcpWindow: integer expected";
                if (message.espSpi != null && $Object.hasOwnProperty.call(message, "espSpi"))
                    if (!$util.isInteger(message.espSpi))
                        return "espSpi: integer expected";
                if (message.espSeq != null && $Object.hasOwnProperty.call(message, "espSeq"))
                    if (!$util.isInteger(message.espSeq))
                        return "espSeq: integer expected";
                if (message.ipLength != null && $Object.hasOwnProperty.call(message, "ipLength"))
                    if (!$util.isInteger(message.ipLength))
                        return "ipLength: integer expected";
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId"))
                    if (!$util.isInteger(message.ipId))
                        return "ipId: integer expected";
                if (message["interface"] != null && $Object.hasOwnProperty.call(message, "interface")) {
                    properties._interface = 1;
                    if (!$util.isInteger(message["interface"]))
                        return "interface: integer expected";
                }
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.espLength != null && $Object.hasOwnProperty.call(message, "espLength"))
                    if (!$util.isInteger(message.espLength))
                        return "espLength: integer expected";
                if (message.tcpMss != null && $Object.hasOwnProperty.call(message, "tcpMss"))
                    if (!$util.isInteger(message.tcpMss))
                        return "tcpMss: integer expected";
                if (message.tcpWindowScale != null && $Object.hasOwnProperty.call(message, "tcpWindowScale")) {
                    properties._tcpWindowScale = 1;
                    if (!$util.isInteger(message.tcpWindowScale))
                        return "tcpWindowScale: integer expected";
                }
                if (message.tcpSackPermitted != null && $Object.hasOwnProperty.call(message, "tcpSackPermitted"))
                    if (typeof message.tcpSackPermitted !== "boolean")
                        return "tcpSackPermitted: boolean expected";
                if (message.icmpTooBig != null && $Object.hasOwnProperty.call(message, "icmpTooBig")) {
                    let error = $root.tunnelscope.v1.IcmpTooBig.verify(message.icmpTooBig, _depth + 1);
                    if (error)
                        return "icmpTooBig." + error;
                }
                if (message.innerHash != null && $Object.hasOwnProperty.call(message, "innerHash"))
                    if (!$util.isInteger(message.innerHash) && !(message.innerHash && $util.isInteger(message.innerHash.low) && $util.isInteger(message.innerHash.high)))
                        return "innerHash: integer|Long expected";
                return null;
            };

            /**
             * Creates a PacketDigest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.PacketDigest} PacketDigest
             */
            PacketDigest.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.PacketDigest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.PacketDigest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.PacketDigest();
                if (object.tap !== 0 && (typeof object.tap !== "string" || $root.tunnelscope.v1.Tap[object.tap] !== 0))
                    switch (object.tap) {
                    case "TAP_UNSPECIFIED":
                    case 0:
                        message.tap = 0;
                        break;
                    case "TAP_OUTER":
                    case 1:
                        message.tap = 1;
                        break;
                    case "TAP_INNER":
                    case 2:
                        message.tap = 2;
                        break;
                    case "TAP_TUNNEL":
                    case 3:
                        message.tap = 3;
                        break;
                    default:
                        if (typeof object.tap === "number" && (object.tap | 0) === object.tap)
                            message.tap = object.tap;
                    }
                if (object.timestampNs != null)
                    if (typeof object.timestampNs === "object" ? object.timestampNs.low || object.timestampNs.high : $Number(object.timestampNs) !== 0)
                        if ($util.Long)
                            message.timestampNs = $util.Long.fromValue(object.timestampNs, true);
                        else if (typeof object.timestampNs === "string")
                            message.timestampNs = $parseInt(object.timestampNs, 10);
                        else if (typeof object.timestampNs === "number")
                            message.timestampNs = object.timestampNs;
                        else if (typeof object.timestampNs === "object")
                            message.timestampNs = new $util.LongBits(object.timestampNs.low >>> 0, object.timestampNs.high >>> 0).toNumber(true);
                if (object.hash != null)
                    if (typeof object.hash === "object" ? object.hash.low || object.hash.high : $Number(object.hash) !== 0)
                        if ($util.Long)
                            message.hash = $util.Long.fromValue(object.hash, true);
                        else if (typeof object.hash === "string")
                            message.hash = $parseInt(object.hash, 10);
                        else if (typeof object.hash === "number")
                            message.hash = object.hash;
                        else if (typeof object.hash === "object")
                            message.hash = new $util.LongBits(object.hash.low >>> 0, object.hash.high >>> 0).toNumber(true);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.tunnelscope.v1.DigestKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "DIGEST_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DIGEST_KIND_TCP":
                    case 1:
                        message.kind = 1;
                        break;
                    case "DIGEST_KIND_ESP":
                    case 2:
                        message.kind = 2;
                        break;
                    case "DIGEST_KIND_ICMP_TOO_BIG":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.ref != null)
                    if ($Number(object.ref) !== 0)
                        message.ref = object.ref >>> 0;
                if (object.tcpSeq != null)
                    if ($Number(object.tcpSeq) !== 0)
                        message.tcpSeq = object.tcpSeq >>> 0;
                if (object.tcpAck != null)
                    if ($Number(object.tcpAck) !== 0)
                        message.tcpAck = object.tcpAck >>> 0;
                if (object.tcpLen != null)
                    if ($Number(object.tcpLen) !== 0)
                        message.tcpLen = object.tcpLen >>> 0;
                if (object.tcpFlags != null)
                    if ($Number(object.tcpFlags) !== 0)
                        message.tcpFlags = object.tcpFlags >>> 0;
                if (object.tcpWindow != null)
                    if ($Number(object.tcpWindow) !== 0)
                        message.tcpWindow = object.tcpWindow >>> 0;
                if (object.espSpi != null)
                    if ($Number(object.espSpi) !== 0)
                        message.espSpi = object.espSpi >>> 0;
                if (object.espSeq != null)
                    if ($Number(object.espSeq) !== 0)
                        message.espSeq = object.espSeq >>> 0;
                if (object.ipLength != null)
                    if ($Number(object.ipLength) !== 0)
                        message.ipLength = object.ipLength >>> 0;
                if (object.ipId != null)
                    if ($Number(object.ipId) !== 0)
                        message.ipId = object.ipId >>> 0;
                if (object["interface"] != null)
                    message["interface"] = object["interface"] >>> 0;
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.tunnelscope.v1.PacketDirection[object.direction] !== 0))
                    switch (object.direction) {
                    case "PACKET_DIRECTION_UNSPECIFIED":
                    case 0:
                        message.direction = 0;
                        break;
                    case "PACKET_DIRECTION_OUTGOING":
                    case 1:
                        message.direction = 1;
                        break;
                    case "PACKET_DIRECTION_INCOMING":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.espLength != null)
                    if ($Number(object.espLength) !== 0)
                        message.espLength = object.espLength >>> 0;
                if (object.tcpMss != null)
                    if ($Number(object.tcpMss) !== 0)
                        message.tcpMss = object.tcpMss >>> 0;
                if (object.tcpWindowScale != null)
                    message.tcpWindowScale = object.tcpWindowScale >>> 0;
                if (object.tcpSackPermitted != null)
                    if (object.tcpSackPermitted)
                        message.tcpSackPermitted = $Boolean(object.tcpSackPermitted);
                if (object.icmpTooBig != null) {
                    if (!$util.isObject(object.icmpTooBig))
                        throw $TypeError(".tunnelscope.v1.PacketDigest.icmpTooBig: object expected");
                    message.icmpTooBig = $root.tunnelscope.v1.IcmpTooBig.fromObject(object.icmpTooBig, _depth + 1);
                }
                if (object.innerHash != null)
                    if (typeof object.innerHash === "object" ? object.innerHash.low || object.innerHash.high : $Number(object.innerHash) !== 0)
                        if ($util.Long)
                            message.innerHash = $util.Long.fromValue(object.innerHash, true);
                        else if (typeof object.innerHash === "string")
                            message.innerHash = $parseInt(object.innerHash, 10);
                        else if (typeof object.innerHash === "number")
                            message.innerHash = object.innerHash;
                        else if (typeof object.innerHash === "object")
                            message.innerHash = new $util.LongBits(object.innerHash.low >>> 0, object.innerHash.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a PacketDigest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {tunnelscope.v1.PacketDigest} message PacketDigest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PacketDigest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.tap = options.enums === $String ? "TAP_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hash = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hash = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "DIGEST_KIND_UNSPECIFIED" : 0;
                    object.ref = 0;
                    object.tcpSeq = 0;
                    object.tcpAck = 0;
                    object.tcpLen = 0;
                    object.tcpFlags = 0;
                    object.tcpWindow = 0;
                    object.espSpi = 0;
                    object.espSeq = 0;
                    object.ipLength = 0;
                    object.ipId = 0;
                    object.direction = options.enums === $String ? "PACKET_DIRECTION_UNSPECIFIED" : 0;
                    object.espLength = 0;
                    object.tcpMss = 0;
                    object.tcpSackPermitted = false;
                    object.icmpTooBig = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.innerHash = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.innerHash = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.tap != null && $Object.hasOwnProperty.call(message, "tap"))
                    object.tap = options.enums === $String ? $root.tunnelscope.v1.Tap[message.tap] === $undefined ? message.tap : $root.tunnelscope.v1.Tap[message.tap] : message.tap;
                if (message.timestampNs != null && $Object.hasOwnProperty.call(message, "timestampNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampNs = typeof message.timestampNs === "number" ? $BigInt(message.timestampNs) : $util.Long.fromBits(message.timestampNs.low >>> 0, message.timestampNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampNs === "number")
                        object.timestampNs = options.longs === $String ? $String(message.timestampNs) : message.timestampNs;
                    else
                        object.timestampNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampNs) : options.longs === $Number ? new $util.LongBits(message.timestampNs.low >>> 0, message.timestampNs.high >>> 0).toNumber(true) : message.timestampNs;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hash = typeof message.hash === "number" ? $BigInt(message.hash) : $util.Long.fromBits(message.hash.low >>> 0, message.hash.high >>> 0, true).toBigInt();
                    else if (typeof message.hash === "number")
                        object.hash = options.longs === $String ? $String(message.hash) : message.hash;
                    else
                        object.hash = options.longs === $String ? $util.Long.prototype.toString.call(message.hash) : options.longs === $Number ? new $util.LongBits(message.hash.low >>> 0, message.hash.high >>> 0).toNumber(true) : message.hash;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.tunnelscope.v1.DigestKind[message.kind] === $undefined ? message.kind : $root.tunnelscope.v1.DigestKind[message.kind] : message.kind;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq"))
                    object.tcpSeq = message.tcpSeq;
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck"))
                    object.tcpAck = message.tcpAck;
                if (message.tcpLen != null && $Object.hasOwnProperty.call(message, "tcpLen"))
                    object.tcpLen = message.tcpLen;
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags"))
                    object.tcpFlags = message.tcpFlags;
                if (message.tcpWindow != null && $Object.hasOwnProperty.call(message, "tcpWindow"))
                    object.tcpWindow = message.tcpWindow;
                if (message.espSpi != null && $Object.hasOwnProperty.call(message, "espSpi"))
                    object.espSpi = message.espSpi;
                if (message.espSeq != null && $Object.hasOwnProperty.call(message, "espSeq"))
                    object.espSeq = message.espSeq;
                if (message.ipLength != null && $Object.hasOwnProperty.call(message, "ipLength"))
                    object.ipLength = message.ipLength;
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId"))
                    object.ipId = message.ipId;
                if (message["interface"] != null && $Object.hasOwnProperty.call(message, "interface"))
                    object["interface"] = message["interface"];
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.tunnelscope.v1.PacketDirection[message.direction] === $undefined ? message.direction : $root.tunnelscope.v1.PacketDirection[message.direction] : message.direction;
                if (message.espLength != null && $Object.hasOwnProperty.call(message, "espLength"))
                    object.espLength = message.espLength;
                if (message.tcpMss != null && $Object.hasOwnProperty.call(message, "tcpMss"))
                    object.tcpMss = message.tcpMss;
                if (message.tcpWindowScale != null && $Object.hasOwnProperty.call(message, "tcpWindowScale"))
                    object.tcpWindowScale = message.tcpWindowScale;
                if (message.tcpSackPermitted != null && $Object.hasOwnProperty.call(message, "tcpSackPermitted"))
                    object.tcpSackPermitted = message.tcpSackPermitted;
                if (message.icmpTooBig != null && $Object.hasOwnProperty.call(message, "icmpTooBig"))
                    object.icmpTooBig = $root.tunnelscope.v1.IcmpTooBig.toObject(message.icmpTooBig, options, _depth + 1);
                if (message.innerHash != null && $Object.hasOwnProperty.call(message, "innerHash"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.innerHash = typeof message.innerHash === "number" ? $BigInt(message.innerHash) : $util.Long.fromBits(message.innerHash.low >>> 0, message.innerHash.high >>> 0, true).toBigInt();
                    else if (typeof message.innerHash === "number")
                        object.innerHash = options.longs === $String ? $String(message.innerHash) : message.innerHash;
                    else
                        object.innerHash = options.longs === $String ? $util.Long.prototype.toString.call(message.innerHash) : options.longs === $Number ? new $util.LongBits(message.innerHash.low >>> 0, message.innerHash.high >>> 0).toNumber(true) : message.innerHash;
                return object;
            };

            /**
             * Converts this PacketDigest to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.PacketDigest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PacketDigest.prototype.toJSON = function() {
                return PacketDigest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PacketDigest
             * @function getTypeUrl
             * @memberof tunnelscope.v1.PacketDigest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PacketDigest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.PacketDigest";
            };

            return PacketDigest;
        })();

        v1.CaptureHealth = (function() {

            /**
             * Properties of a CaptureHealth.
             * @typedef {Object} tunnelscope.v1.CaptureHealth.$Properties
             * @property {number|Long|null} [packets] Packets the capture delivered.
             * @property {number|Long|null} [kernelDrops] Packets the kernel dropped before the capture read them (pcap ps_drop).
             * @property {number|Long|null} [interfaceDrops] Packets the interface/driver dropped (pcap ps_ifdrop).
             * @property {number|Long|null} [truncated] Packets cut by the snaplen inside a header needed for analysis.
             * @property {number|Long|null} [malformed] Packets whose headers contradict themselves.
             * @property {number|Long|null} [unknown] Packets of link types or protocols the decoder does not know.
             * @property {number|Long|null} [evictedFlows] Flows evicted from the full flow table before their end (their counts are lost
             * from then on).
             * @property {number|null} [spoolDrops] Batches the agent's spool dropped (NATS unreachable, spool full) since the
             * previous batch that was published.
             * @property {number|Long|null} [digestDrops] Digests left out because the batch would have exceeded the message size cap.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CaptureHealth.
             * @memberof tunnelscope.v1
             * @interface ICaptureHealth
             * @augments tunnelscope.v1.CaptureHealth.$Properties
             * @deprecated Use tunnelscope.v1.CaptureHealth.$Properties instead.
             */

            /**
             * Shape of a CaptureHealth.
             * @typedef {tunnelscope.v1.CaptureHealth.$Properties} tunnelscope.v1.CaptureHealth.$Shape
             */

            /**
             * Constructs a new CaptureHealth.
             * @memberof tunnelscope.v1
             * @classdesc The capture's own health over the interval: what was not seen or not analysed.
             * @constructor
             * @param {tunnelscope.v1.CaptureHealth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CaptureHealth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Packets the capture delivered.
             * @member {number|Long} packets
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets the kernel dropped before the capture read them (pcap ps_drop).
             * @member {number|Long} kernelDrops
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.kernelDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets the interface/driver dropped (pcap ps_ifdrop).
             * @member {number|Long} interfaceDrops
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.interfaceDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets cut by the snaplen inside a header needed for analysis.
             * @member {number|Long} truncated
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.truncated = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets whose headers contradict themselves.
             * @member {number|Long} malformed
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.malformed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packets of link types or protocols the decoder does not know.
             * @member {number|Long} unknown
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.unknown = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Flows evicted from the full flow table before their end (their counts are lost
             * from then on).
             * @member {number|Long} evictedFlows
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.evictedFlows = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Batches the agent's spool dropped (NATS unreachable, spool full) since the
             * previous batch that was published.
             * @member {number} spoolDrops
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.spoolDrops = 0;

            /**
             * Digests left out because the batch would have exceeded the message size cap.
             * @member {number|Long} digestDrops
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             */
            CaptureHealth.prototype.digestDrops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CaptureHealth instance using the specified properties.
             * @function create
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {tunnelscope.v1.CaptureHealth.$Properties=} [properties] Properties to set
             * @returns {tunnelscope.v1.CaptureHealth} CaptureHealth instance
             * @type {{
             *   (properties: tunnelscope.v1.CaptureHealth.$Shape): tunnelscope.v1.CaptureHealth & tunnelscope.v1.CaptureHealth.$Shape;
             *   (properties?: tunnelscope.v1.CaptureHealth.$Properties): tunnelscope.v1.CaptureHealth;
             * }}
             */
            CaptureHealth.create = function(properties) {
                return new CaptureHealth(properties);
            };

            /**
             * Encodes the specified CaptureHealth message. Does not implicitly {@link tunnelscope.v1.CaptureHealth.verify|verify} messages.
             * @function encode
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {tunnelscope.v1.CaptureHealth.$Properties} message CaptureHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaptureHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.packets);
                if (message.kernelDrops != null && $Object.hasOwnProperty.call(message, "kernelDrops") && (typeof message.kernelDrops === "object" ? message.kernelDrops.low || message.kernelDrops.high : message.kernelDrops !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.kernelDrops);
                if (message.interfaceDrops != null && $Object.hasOwnProperty.call(message, "interfaceDrops") && (typeof message.interfaceDrops === "object" ? message.interfaceDrops.low || message.interfaceDrops.high : message.interfaceDrops !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.interfaceDrops);
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && (typeof message.truncated === "object" ? message.truncated.low || message.truncated.high : message.truncated !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.truncated);
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed") && (typeof message.malformed === "object" ? message.malformed.low || message.malformed.high : message.malformed !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.malformed);
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown") && (typeof message.unknown === "object" ? message.unknown.low || message.unknown.high : message.unknown !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unknown);
                if (message.evictedFlows != null && $Object.hasOwnProperty.call(message, "evictedFlows") && (typeof message.evictedFlows === "object" ? message.evictedFlows.low || message.evictedFlows.high : message.evictedFlows !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.evictedFlows);
                if (message.spoolDrops != null && $Object.hasOwnProperty.call(message, "spoolDrops") && message.spoolDrops !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.spoolDrops);
                if (message.digestDrops != null && $Object.hasOwnProperty.call(message, "digestDrops") && (typeof message.digestDrops === "object" ? message.digestDrops.low || message.digestDrops.high : message.digestDrops !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.digestDrops);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CaptureHealth message from the specified reader or buffer.
             * @function decode
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tunnelscope.v1.CaptureHealth & tunnelscope.v1.CaptureHealth.$Shape} CaptureHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaptureHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tunnelscope.v1.CaptureHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.kernelDrops = value;
                            else
                                delete message.kernelDrops;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.interfaceDrops = value;
                            else
                                delete message.interfaceDrops;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.malformed = value;
                            else
                                delete message.malformed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unknown = value;
                            else
                                delete message.unknown;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.evictedFlows = value;
                            else
                                delete message.evictedFlows;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spoolDrops = value;
                            else
                                delete message.spoolDrops;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.digestDrops = value;
                            else
                                delete message.digestDrops;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CaptureHealth message.
             * @function verify
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CaptureHealth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (!$util.isInteger(message.packets) && !(message.packets && $util.isInteger(message.packets.low) && $util.isInteger(message.packets.high)))
                        return "packets: integer|Long expected";
                if (message.kernelDrops != null && $Object.hasOwnProperty.call(message, "kernelDrops"))
                    if (!$util.isInteger(message.kernelDrops) && !(message.kernelDrops && $util.isInteger(message.kernelDrops.low) && $util.isInteger(message.kernelDrops.high)))
                        return "kernelDrops: integer|Long expected";
                if (message.interfaceDrops != null && $Object.hasOwnProperty.call(message, "interfaceDrops"))
                    if (!$util.isInteger(message.interfaceDrops) && !(message.interfaceDrops && $util.isInteger(message.interfaceDrops.low) && $util.isInteger(message.interfaceDrops.high)))
                        return "interfaceDrops: integer|Long expected";
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                    if (!$util.isInteger(message.truncated) && !(message.truncated && $util.isInteger(message.truncated.low) && $util.isInteger(message.truncated.high)))
                        return "truncated: integer|Long expected";
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed"))
                    if (!$util.isInteger(message.malformed) && !(message.malformed && $util.isInteger(message.malformed.low) && $util.isInteger(message.malformed.high)))
                        return "malformed: integer|Long expected";
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    if (!$util.isInteger(message.unknown) && !(message.unknown && $util.isInteger(message.unknown.low) && $util.isInteger(message.unknown.high)))
                        return "unknown: integer|Long expected";
                if (message.evictedFlows != null && $Object.hasOwnProperty.call(message, "evictedFlows"))
                    if (!$util.isInteger(message.evictedFlows) && !(message.evictedFlows && $util.isInteger(message.evictedFlows.low) && $util.isInteger(message.evictedFlows.high)))
                        return "evictedFlows: integer|Long expected";
                if (message.spoolDrops != null && $Object.hasOwnProperty.call(message, "spoolDrops"))
                    if (!$util.isInteger(message.spoolDrops))
                        return "spoolDrops: integer expected";
                if (message.digestDrops != null && $Object.hasOwnProperty.call(message, "digestDrops"))
                    if (!$util.isInteger(message.digestDrops) && !(message.digestDrops && $util.isInteger(message.digestDrops.low) && $util.isInteger(message.digestDrops.high)))
                        return "digestDrops: integer|Long expected";
                return null;
            };

            /**
             * Creates a CaptureHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tunnelscope.v1.CaptureHealth} CaptureHealth
             */
            CaptureHealth.fromObject = function (object, _depth) {
                if (object instanceof $root.tunnelscope.v1.CaptureHealth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tunnelscope.v1.CaptureHealth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tunnelscope.v1.CaptureHealth();
                if (object.packets != null)
                    if (typeof object.packets === "object" ? object.packets.low || object.packets.high : $Number(object.packets) !== 0)
                        if ($util.Long)
                            message.packets = $util.Long.fromValue(object.packets, true);
                        else if (typeof object.packets === "string")
                            message.packets = $parseInt(object.packets, 10);
                        else if (typeof object.packets === "number")
                            message.packets = object.packets;
                        else if (typeof object.packets === "object")
                            message.packets = new $util.LongBits(object.packets.low >>> 0, object.packets.high >>> 0).toNumber(true);
                if (object.kernelDrops != null)
                    if (typeof object.kernelDrops === "object" ? object.kernelDrops.low || object.kernelDrops.high : $Number(object.kernelDrops) !== 0)
                        if ($util.Long)
                            message.kernelDrops = $util.Long.fromValue(object.kernelDrops, true);
                        else if (typeof object.kernelDrops === "string")
                            message.kernelDrops = $parseInt(object.kernelDrops, 10);
                        else if (typeof object.kernelDrops === "number")
                            message.kernelDrops = object.kernelDrops;
                        else if (typeof object.kernelDrops === "object")
                            message.kernelDrops = new $util.LongBits(object.kernelDrops.low >>> 0, object.kernelDrops.high >>> 0).toNumber(true);
                if (object.interfaceDrops != null)
                    if (typeof object.interfaceDrops === "object" ? object.interfaceDrops.low || object.interfaceDrops.high : $Number(object.interfaceDrops) !== 0)
                        if ($util.Long)
                            message.interfaceDrops = $util.Long.fromValue(object.interfaceDrops, true);
                        else if (typeof object.interfaceDrops === "string")
                            message.interfaceDrops = $parseInt(object.interfaceDrops, 10);
                        else if (typeof object.interfaceDrops === "number")
                            message.interfaceDrops = object.interfaceDrops;
                        else if (typeof object.interfaceDrops === "object")
                            message.interfaceDrops = new $util.LongBits(object.interfaceDrops.low >>> 0, object.interfaceDrops.high >>> 0).toNumber(true);
                if (object.truncated != null)
                    if (typeof object.truncated === "object" ? object.truncated.low || object.truncated.high : $Number(object.truncated) !== 0)
                        if ($util.Long)
                            message.truncated = $util.Long.fromValue(object.truncated, true);
                        else if (typeof object.truncated === "string")
                            message.truncated = $parseInt(object.truncated, 10);
                        else if (typeof object.truncated === "number")
                            message.truncated = object.truncated;
                        else if (typeof object.truncated === "object")
                            message.truncated = new $util.LongBits(object.truncated.low >>> 0, object.truncated.high >>> 0).toNumber(true);
                if (object.malformed != null)
                    if (typeof object.malformed === "object" ? object.malformed.low || object.malformed.high : $Number(object.malformed) !== 0)
                        if ($util.Long)
                            message.malformed = $util.Long.fromValue(object.malformed, true);
                        else if (typeof object.malformed === "string")
                            message.malformed = $parseInt(object.malformed, 10);
                        else if (typeof object.malformed === "number")
                            message.malformed = object.malformed;
                        else if (typeof object.malformed === "object")
                            message.malformed = new $util.LongBits(object.malformed.low >>> 0, object.malformed.high >>> 0).toNumber(true);
                if (object.unknown != null)
                    if (typeof object.unknown === "object" ? object.unknown.low || object.unknown.high : $Number(object.unknown) !== 0)
                        if ($util.Long)
                            message.unknown = $util.Long.fromValue(object.unknown, true);
                        else if (typeof object.unknown === "string")
                            message.unknown = $parseInt(object.unknown, 10);
                        else if (typeof object.unknown === "number")
                            message.unknown = object.unknown;
                        else if (typeof object.unknown === "object")
                            message.unknown = new $util.LongBits(object.unknown.low >>> 0, object.unknown.high >>> 0).toNumber(true);
                if (object.evictedFlows != null)
                    if (typeof object.evictedFlows === "object" ? object.evictedFlows.low || object.evictedFlows.high : $Number(object.evictedFlows) !== 0)
                        if ($util.Long)
                            message.evictedFlows = $util.Long.fromValue(object.evictedFlows, true);
                        else if (typeof object.evictedFlows === "string")
                            message.evictedFlows = $parseInt(object.evictedFlows, 10);
                        else if (typeof object.evictedFlows === "number")
                            message.evictedFlows = object.evictedFlows;
                        else if (typeof object.evictedFlows === "object")
                            message.evictedFlows = new $util.LongBits(object.evictedFlows.low >>> 0, object.evictedFlows.high >>> 0).toNumber(true);
                if (object.spoolDrops != null)
                    if ($Number(object.spoolDrops) !== 0)
                        message.spoolDrops = object.spoolDrops >>> 0;
                if (object.digestDrops != null)
                    if (typeof object.digestDrops === "object" ? object.digestDrops.low || object.digestDrops.high : $Number(object.digestDrops) !== 0)
                        if ($util.Long)
                            message.digestDrops = $util.Long.fromValue(object.digestDrops, true);
                        else if (typeof object.digestDrops === "string")
                            message.digestDrops = $parseInt(object.digestDrops, 10);
                        else if (typeof object.digestDrops === "number")
                            message.digestDrops = object.digestDrops;
                        else if (typeof object.digestDrops === "object")
                            message.digestDrops = new $util.LongBits(object.digestDrops.low >>> 0, object.digestDrops.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a CaptureHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {tunnelscope.v1.CaptureHealth} message CaptureHealth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CaptureHealth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.kernelDrops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.kernelDrops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.interfaceDrops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.interfaceDrops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.truncated = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.truncated = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.malformed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.malformed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unknown = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unknown = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.evictedFlows = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.evictedFlows = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.spoolDrops = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.digestDrops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.digestDrops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets = typeof message.packets === "number" ? $BigInt(message.packets) : $util.Long.fromBits(message.packets.low >>> 0, message.packets.high >>> 0, true).toBigInt();
                    else if (typeof message.packets === "number")
                        object.packets = options.longs === $String ? $String(message.packets) : message.packets;
                    else
                        object.packets = options.longs === $String ? $util.Long.prototype.toString.call(message.packets) : options.longs === $Number ? new $util.LongBits(message.packets.low >>> 0, message.packets.high >>> 0).toNumber(true) : message.packets;
                if (message.kernelDrops != null && $Object.hasOwnProperty.call(message, "kernelDrops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.kernelDrops = typeof message.kernelDrops === "number" ? $BigInt(message.kernelDrops) : $util.Long.fromBits(message.kernelDrops.low >>> 0, message.kernelDrops.high >>> 0, true).toBigInt();
                    else if (typeof message.kernelDrops === "number")
                        object.kernelDrops = options.longs === $String ? $String(message.kernelDrops) : message.kernelDrops;
                    else
                        object.kernelDrops = options.longs === $String ? $util.Long.prototype.toString.call(message.kernelDrops) : options.longs === $Number ? new $util.LongBits(message.kernelDrops.low >>> 0, message.kernelDrops.high >>> 0).toNumber(true) : message.kernelDrops;
                if (message.interfaceDrops != null && $Object.hasOwnProperty.call(message, "interfaceDrops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.interfaceDrops = typeof message.interfaceDrops === "number" ? $BigInt(message.interfaceDrops) : $util.Long.fromBits(message.interfaceDrops.low >>> 0, message.interfaceDrops.high >>> 0, true).toBigInt();
                    else if (typeof message.interfaceDrops === "number")
                        object.interfaceDrops = options.longs === $String ? $String(message.interfaceDrops) : message.interfaceDrops;
                    else
                        object.interfaceDrops = options.longs === $String ? $util.Long.prototype.toString.call(message.interfaceDrops) : options.longs === $Number ? new $util.LongBits(message.interfaceDrops.low >>> 0, message.interfaceDrops.high >>> 0).toNumber(true) : message.interfaceDrops;
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.truncated = typeof message.truncated === "number" ? $BigInt(message.truncated) : $util.Long.fromBits(message.truncated.low >>> 0, message.truncated.high >>> 0, true).toBigInt();
                    else if (typeof message.truncated === "number")
                        object.truncated = options.longs === $String ? $String(message.truncated) : message.truncated;
                    else
                        object.truncated = options.longs === $String ? $util.Long.prototype.toString.call(message.truncated) : options.longs === $Number ? new $util.LongBits(message.truncated.low >>> 0, message.truncated.high >>> 0).toNumber(true) : message.truncated;
                if (message.malformed != null && $Object.hasOwnProperty.call(message, "malformed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.malformed = typeof message.malformed === "number" ? $BigInt(message.malformed) : $util.Long.fromBits(message.malformed.low >>> 0, message.malformed.high >>> 0, true).toBigInt();
                    else if (typeof message.malformed === "number")
                        object.malformed = options.longs === $String ? $String(message.malformed) : message.malformed;
                    else
                        object.malformed = options.longs === $String ? $util.Long.prototype.toString.call(message.malformed) : options.longs === $Number ? new $util.LongBits(message.malformed.low >>> 0, message.malformed.high >>> 0).toNumber(true) : message.malformed;
                if (message.unknown != null && $Object.hasOwnProperty.call(message, "unknown"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unknown = typeof message.unknown === "number" ? $BigInt(message.unknown) : $util.Long.fromBits(message.unknown.low >>> 0, message.unknown.high >>> 0, true).toBigInt();
                    else if (typeof message.unknown === "number")
                        object.unknown = options.longs === $String ? $String(message.unknown) : message.unknown;
                    else
                        object.unknown = options.longs === $String ? $util.Long.prototype.toString.call(message.unknown) : options.longs === $Number ? new $util.LongBits(message.unknown.low >>> 0, message.unknown.high >>> 0).toNumber(true) : message.unknown;
                if (message.evictedFlows != null && $Object.hasOwnProperty.call(message, "evictedFlows"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.evictedFlows = typeof message.evictedFlows === "number" ? $BigInt(message.evictedFlows) : $util.Long.fromBits(message.evictedFlows.low >>> 0, message.evictedFlows.high >>> 0, true).toBigInt();
                    else if (typeof message.evictedFlows === "number")
                        object.evictedFlows = options.longs === $String ? $String(message.evictedFlows) : message.evictedFlows;
                    else
                        object.evictedFlows = options.longs === $String ? $util.Long.prototype.toString.call(message.evictedFlows) : options.longs === $Number ? new $util.LongBits(message.evictedFlows.low >>> 0, message.evictedFlows.high >>> 0).toNumber(true) : message.evictedFlows;
                if (message.spoolDrops != null && $Object.hasOwnProperty.call(message, "spoolDrops"))
                    object.spoolDrops = message.spoolDrops;
                if (message.digestDrops != null && $Object.hasOwnProperty.call(message, "digestDrops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.digestDrops = typeof message.digestDrops === "number" ? $BigInt(message.digestDrops) : $util.Long.fromBits(message.digestDrops.low >>> 0, message.digestDrops.high >>> 0, true).toBigInt();
                    else if (typeof message.digestDrops === "number")
                        object.digestDrops = options.longs === $String ? $String(message.digestDrops) : message.digestDrops;
                    else
                        object.digestDrops = options.longs === $String ? $util.Long.prototype.toString.call(message.digestDrops) : options.longs === $Number ? new $util.LongBits(message.digestDrops.low >>> 0, message.digestDrops.high >>> 0).toNumber(true) : message.digestDrops;
                return object;
            };

            /**
             * Converts this CaptureHealth to JSON.
             * @function toJSON
             * @memberof tunnelscope.v1.CaptureHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CaptureHealth.prototype.toJSON = function() {
                return CaptureHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CaptureHealth
             * @function getTypeUrl
             * @memberof tunnelscope.v1.CaptureHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CaptureHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tunnelscope.v1.CaptureHealth";
            };

            return CaptureHealth;
        })();

        return v1;
    })();

    return tunnelscope;
})();

export {
  $root as default
};
