// GENERATED — do not edit; run npm run gen:proto
import * as $protobuf from "protobufjs";
type Long = $protobuf.Long;

/** Namespace tunnelscope. */
export namespace tunnelscope {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an AgentHello.
         * @deprecated Use tunnelscope.v1.AgentHello.$Properties instead.
         */
        interface IAgentHello extends tunnelscope.v1.AgentHello.$Properties {
        }

        /** Static description of an agent; it does not change while the agent process runs. */
        class AgentHello {

            /**
             * Constructs a new AgentHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.AgentHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Agent id, 1-64 characters from [A-Za-z0-9_-]; also a NATS subject token and the
             * KV key, so it carries no dots, wildcards or whitespace.
             */
            agentId: string;

            /** Agent software version (semver, e.g. "0.1.0"). */
            version: string;

            /**
             * Operator-chosen label for the gateway (e.g. "dc1-gw-a"). Never the hostname or
             * anything read from the host: reports are shared, host names are not.
             */
            hostLabel: string;

            /** Interfaces the agent is configured to capture on. */
            interfaces: tunnelscope.v1.AgentInterface.$Properties[];

            /** What this agent can do. */
            capabilities?: (tunnelscope.v1.Capabilities.$Properties|null);

            /**
             * When the agent process started (Unix ns). A new value means the agent restarted
             * and its Heartbeat.sequence started again at 1.
             */
            startedAtNs: (number|Long);

            /**
             * Creates a new AgentHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentHello instance
             */
            static create(properties: tunnelscope.v1.AgentHello.$Shape): tunnelscope.v1.AgentHello & tunnelscope.v1.AgentHello.$Shape;
            static create(properties?: tunnelscope.v1.AgentHello.$Properties): tunnelscope.v1.AgentHello;

            /**
             * Encodes the specified AgentHello message. Does not implicitly {@link tunnelscope.v1.AgentHello.verify|verify} messages.
             * @param message AgentHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.AgentHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.AgentHello & tunnelscope.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.AgentHello & tunnelscope.v1.AgentHello.$Shape;

            /**
             * Verifies an AgentHello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentHello
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.AgentHello;

            /**
             * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
             * @param message AgentHello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.AgentHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentHello {

            /** Properties of an AgentHello. */
            interface $Properties {

                /**
                 * Agent id, 1-64 characters from [A-Za-z0-9_-]; also a NATS subject token and the
                 * KV key, so it carries no dots, wildcards or whitespace.
                 */
                agentId?: (string|null);

                /** Agent software version (semver, e.g. "0.1.0"). */
                version?: (string|null);

                /**
                 * Operator-chosen label for the gateway (e.g. "dc1-gw-a"). Never the hostname or
                 * anything read from the host: reports are shared, host names are not.
                 */
                hostLabel?: (string|null);

                /** Interfaces the agent is configured to capture on. */
                interfaces?: (tunnelscope.v1.AgentInterface.$Properties[]|null);

                /** What this agent can do. */
                capabilities?: (tunnelscope.v1.Capabilities.$Properties|null);

                /**
                 * When the agent process started (Unix ns). A new value means the agent restarted
                 * and its Heartbeat.sequence started again at 1.
                 */
                startedAtNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentHello. */
            type $Shape = tunnelscope.v1.AgentHello.$Properties;
        }

        /**
         * Properties of an AgentInterface.
         * @deprecated Use tunnelscope.v1.AgentInterface.$Properties instead.
         */
        interface IAgentInterface extends tunnelscope.v1.AgentInterface.$Properties {
        }

        /** One capture interface and its role. */
        class AgentInterface {

            /**
             * Constructs a new AgentInterface.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.AgentInterface.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Interface name as the kernel knows it (e.g. "eth0", "vti0", "ipsec0", "any"). */
            name: string;

            /** Which side of the gateway it captures. */
            role: tunnelscope.v1.Tap;

            /** Kernel interface index; 0 when unknown (e.g. for "any"). */
            ifindex: number;

            /** Interface MTU in bytes; 0 when unknown. */
            mtu: number;

            /** Addresses configured on the interface, 4 or 16 bytes each, network order. */
            addresses: Uint8Array[];

            /**
             * Creates a new AgentInterface instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentInterface instance
             */
            static create(properties: tunnelscope.v1.AgentInterface.$Shape): tunnelscope.v1.AgentInterface & tunnelscope.v1.AgentInterface.$Shape;
            static create(properties?: tunnelscope.v1.AgentInterface.$Properties): tunnelscope.v1.AgentInterface;

            /**
             * Encodes the specified AgentInterface message. Does not implicitly {@link tunnelscope.v1.AgentInterface.verify|verify} messages.
             * @param message AgentInterface message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.AgentInterface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentInterface message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.AgentInterface & tunnelscope.v1.AgentInterface.$Shape} AgentInterface
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.AgentInterface & tunnelscope.v1.AgentInterface.$Shape;

            /**
             * Verifies an AgentInterface message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentInterface message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentInterface
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.AgentInterface;

            /**
             * Creates a plain object from an AgentInterface message. Also converts values to other types if specified.
             * @param message AgentInterface
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.AgentInterface, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentInterface to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentInterface
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentInterface {

            /** Properties of an AgentInterface. */
            interface $Properties {

                /** Interface name as the kernel knows it (e.g. "eth0", "vti0", "ipsec0", "any"). */
                name?: (string|null);

                /** Which side of the gateway it captures. */
                role?: (tunnelscope.v1.Tap|null);

                /** Kernel interface index; 0 when unknown (e.g. for "any"). */
                ifindex?: (number|null);

                /** Interface MTU in bytes; 0 when unknown. */
                mtu?: (number|null);

                /** Addresses configured on the interface, 4 or 16 bytes each, network order. */
                addresses?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentInterface. */
            type $Shape = tunnelscope.v1.AgentInterface.$Properties;
        }

        /** Capture backends (DESIGN §3). */
        enum CaptureBackend {

            /** CAPTURE_BACKEND_UNSPECIFIED value */
            CAPTURE_BACKEND_UNSPECIFIED = 0,

            /** tcpdump writing a pcap stream: kernel BPF, both directions. */
            CAPTURE_BACKEND_TCPDUMP = 1,

            /** AF_PACKET/raw socket without an external binary: inbound only. */
            CAPTURE_BACKEND_RAW_SOCKET = 2,

            /** pcap/pcapng file replay (tests, offline analysis). */
            CAPTURE_BACKEND_FILE_REPLAY = 3
        }

        /** Host collectors (DESIGN §3). */
        enum Collector {

            /** COLLECTOR_UNSPECIFIED value */
            COLLECTOR_UNSPECIFIED = 0,

            /** proc/net/snmp (Ip, Tcp, Udp, Icmp counters). */
            COLLECTOR_SNMP = 1,

            /** proc/net/netstat (TcpExt, IpExt counters). */
            COLLECTOR_NETSTAT = 2,

            /** proc/net/xfrm_stat (XfrmIn* /XfrmOut* errors, including replay drops). */
            COLLECTOR_XFRM_STAT = 3,

            /** proc/softirqs and /proc/net/softnet_stat (NET_RX per CPU, backlog drops). */
            COLLECTOR_SOFTIRQ = 4,

            /** Interface counters and MTUs (/sys/class/net/* /statistics). */
            COLLECTOR_IFACES = 5,

            /** Socket buffer state of the analysed flows (ss -tmi). */
            COLLECTOR_SOCKETS = 6,

            /** TCP/IP sysctls (tcp_rmem, rmem_max, ...). */
            COLLECTOR_SYSCTLS = 7,

            /** IPsec SAs and their counters (ip -s xfrm state). */
            COLLECTOR_SAS = 8
        }

        /**
         * Properties of a Capabilities.
         * @deprecated Use tunnelscope.v1.Capabilities.$Properties instead.
         */
        interface ICapabilities extends tunnelscope.v1.Capabilities.$Properties {
        }

        /**
         * What an agent can do on this host, as found at start-up (binaries present,
         * privileges held).
         */
        class Capabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.Capabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capture backends that work here, preferred first. */
            captureBackends: tunnelscope.v1.CaptureBackend[];

            /** Host collectors that work here. */
            collectors: tunnelscope.v1.Collector[];

            /**
             * The agent can send active probes (DF-set PMTU sweeps) and see ICMP
             * fragmentation-needed / packet-too-big replies.
             */
            pmtuProbe: boolean;

            /** Largest snaplen the agent accepts in a SessionCommand.start, in bytes. */
            maxSnaplen: number;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            static create(properties: tunnelscope.v1.Capabilities.$Shape): tunnelscope.v1.Capabilities & tunnelscope.v1.Capabilities.$Shape;
            static create(properties?: tunnelscope.v1.Capabilities.$Properties): tunnelscope.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link tunnelscope.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Capabilities & tunnelscope.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.Capabilities & tunnelscope.v1.Capabilities.$Shape;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capabilities
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capabilities {

            /** Properties of a Capabilities. */
            interface $Properties {

                /** Capture backends that work here, preferred first. */
                captureBackends?: (tunnelscope.v1.CaptureBackend[]|null);

                /** Host collectors that work here. */
                collectors?: (tunnelscope.v1.Collector[]|null);

                /**
                 * The agent can send active probes (DF-set PMTU sweeps) and see ICMP
                 * fragmentation-needed / packet-too-big replies.
                 */
                pmtuProbe?: (boolean|null);

                /** Largest snaplen the agent accepts in a SessionCommand.start, in bytes. */
                maxSnaplen?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capabilities. */
            type $Shape = tunnelscope.v1.Capabilities.$Properties;
        }

        /** Direction of an IPsec SA relative to this gateway. */
        enum SaDirection {

            /** SA_DIRECTION_UNSPECIFIED value */
            SA_DIRECTION_UNSPECIFIED = 0,

            /** Decrypted here: ESP arrives on the outer side. */
            SA_DIRECTION_IN = 1,

            /** Encrypted here: ESP leaves on the outer side. */
            SA_DIRECTION_OUT = 2
        }

        /**
         * Properties of an IpsecSa.
         * @deprecated Use tunnelscope.v1.IpsecSa.$Properties instead.
         */
        interface IIpsecSa extends tunnelscope.v1.IpsecSa.$Properties {
        }

        /**
         * One IPsec SA installed in the gateway's kernel, with its cumulative counters as the
         * kernel reports them (ip -s xfrm state).
         */
        class IpsecSa {

            /**
             * Constructs a new IpsecSa.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.IpsecSa.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Security Parameter Index (host order value of the 32-bit wire field). */
            spi: number;

            /** Outer source address of the SA, 4 or 16 bytes. */
            srcAddr: Uint8Array;

            /** Outer destination address of the SA, 4 or 16 bytes. */
            dstAddr: Uint8Array;

            /** In (decrypted here) or out (encrypted here). */
            direction: tunnelscope.v1.SaDirection;

            /** Anti-replay window size in packets; 0 = replay protection off. */
            replayWindow: number;

            /** Packets processed by the SA since it was installed (cumulative). */
            packets: (number|Long);

            /** Bytes processed by the SA since it was installed (cumulative). */
            bytes: (number|Long);

            /** Packets dropped because they fell outside (left of) the replay window (cumulative). */
            replayWindowDrops: (number|Long);

            /** Packets dropped as replays: sequence number already seen (cumulative). */
            replayDrops: (number|Long);

            /** Packets that failed integrity check (cumulative). */
            integrityFailures: (number|Long);

            /** ESP is UDP-encapsulated (NAT traversal, port 4500). */
            udpEncap: boolean;

            /** Extended sequence numbers (64-bit, RFC 4303 §2.2.1) are in use. */
            esn: boolean;

            /**
             * Creates a new IpsecSa instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IpsecSa instance
             */
            static create(properties: tunnelscope.v1.IpsecSa.$Shape): tunnelscope.v1.IpsecSa & tunnelscope.v1.IpsecSa.$Shape;
            static create(properties?: tunnelscope.v1.IpsecSa.$Properties): tunnelscope.v1.IpsecSa;

            /**
             * Encodes the specified IpsecSa message. Does not implicitly {@link tunnelscope.v1.IpsecSa.verify|verify} messages.
             * @param message IpsecSa message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.IpsecSa.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IpsecSa message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.IpsecSa & tunnelscope.v1.IpsecSa.$Shape} IpsecSa
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.IpsecSa & tunnelscope.v1.IpsecSa.$Shape;

            /**
             * Verifies an IpsecSa message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IpsecSa message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IpsecSa
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.IpsecSa;

            /**
             * Creates a plain object from an IpsecSa message. Also converts values to other types if specified.
             * @param message IpsecSa
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.IpsecSa, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IpsecSa to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IpsecSa
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IpsecSa {

            /** Properties of an IpsecSa. */
            interface $Properties {

                /** Security Parameter Index (host order value of the 32-bit wire field). */
                spi?: (number|null);

                /** Outer source address of the SA, 4 or 16 bytes. */
                srcAddr?: (Uint8Array|null);

                /** Outer destination address of the SA, 4 or 16 bytes. */
                dstAddr?: (Uint8Array|null);

                /** In (decrypted here) or out (encrypted here). */
                direction?: (tunnelscope.v1.SaDirection|null);

                /** Anti-replay window size in packets; 0 = replay protection off. */
                replayWindow?: (number|null);

                /** Packets processed by the SA since it was installed (cumulative). */
                packets?: (number|Long|null);

                /** Bytes processed by the SA since it was installed (cumulative). */
                bytes?: (number|Long|null);

                /** Packets dropped because they fell outside (left of) the replay window (cumulative). */
                replayWindowDrops?: (number|Long|null);

                /** Packets dropped as replays: sequence number already seen (cumulative). */
                replayDrops?: (number|Long|null);

                /** Packets that failed integrity check (cumulative). */
                integrityFailures?: (number|Long|null);

                /** ESP is UDP-encapsulated (NAT traversal, port 4500). */
                udpEncap?: (boolean|null);

                /** Extended sequence numbers (64-bit, RFC 4303 §2.2.1) are in use. */
                esn?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IpsecSa. */
            type $Shape = tunnelscope.v1.IpsecSa.$Properties;
        }

        /** State of the host clock's synchronisation. */
        enum ClockSyncState {

            /** CLOCK_SYNC_STATE_UNSPECIFIED value */
            CLOCK_SYNC_STATE_UNSPECIFIED = 0,

            /** The kernel reports the clock synchronised (adjtimex STA_UNSYNC clear). */
            CLOCK_SYNC_STATE_SYNCHRONIZED = 1,

            /** The kernel reports the clock unsynchronised. */
            CLOCK_SYNC_STATE_UNSYNCHRONIZED = 2
        }

        /**
         * Properties of a ClockSync.
         * @deprecated Use tunnelscope.v1.ClockSync.$Properties instead.
         */
        interface IClockSync extends tunnelscope.v1.ClockSync.$Properties {
        }

        /**
         * The host clock as the kernel and time daemon see it. The coordinator aligns the two
         * agents' clocks from the traffic itself; this is a hint and a sanity check.
         */
        class ClockSync {

            /**
             * Constructs a new ClockSync.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.ClockSync.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Synchronised or not. */
            state: tunnelscope.v1.ClockSyncState;

            /** Time daemon in use, if known ("chrony", "systemd-timesyncd", "ntpd", "ptp4l", ""). */
            source: string;

            /** Kernel estimate of the clock error (adjtimex esterror), in nanoseconds. */
            estimatedErrorNs: (number|Long);

            /** Kernel bound on the clock error (adjtimex maxerror), in nanoseconds. */
            maxErrorNs: (number|Long);

            /** Last offset to the time source the daemon measured (signed), in nanoseconds. */
            offsetNs: (number|Long);

            /**
             * Creates a new ClockSync instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockSync instance
             */
            static create(properties: tunnelscope.v1.ClockSync.$Shape): tunnelscope.v1.ClockSync & tunnelscope.v1.ClockSync.$Shape;
            static create(properties?: tunnelscope.v1.ClockSync.$Properties): tunnelscope.v1.ClockSync;

            /**
             * Encodes the specified ClockSync message. Does not implicitly {@link tunnelscope.v1.ClockSync.verify|verify} messages.
             * @param message ClockSync message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.ClockSync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockSync message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.ClockSync & tunnelscope.v1.ClockSync.$Shape} ClockSync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.ClockSync & tunnelscope.v1.ClockSync.$Shape;

            /**
             * Verifies a ClockSync message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockSync message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClockSync
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.ClockSync;

            /**
             * Creates a plain object from a ClockSync message. Also converts values to other types if specified.
             * @param message ClockSync
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.ClockSync, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockSync to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockSync
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockSync {

            /** Properties of a ClockSync. */
            interface $Properties {

                /** Synchronised or not. */
                state?: (tunnelscope.v1.ClockSyncState|null);

                /** Time daemon in use, if known ("chrony", "systemd-timesyncd", "ntpd", "ptp4l", ""). */
                source?: (string|null);

                /** Kernel estimate of the clock error (adjtimex esterror), in nanoseconds. */
                estimatedErrorNs?: (number|Long|null);

                /** Kernel bound on the clock error (adjtimex maxerror), in nanoseconds. */
                maxErrorNs?: (number|Long|null);

                /** Last offset to the time source the daemon measured (signed), in nanoseconds. */
                offsetNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockSync. */
            type $Shape = tunnelscope.v1.ClockSync.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use tunnelscope.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends tunnelscope.v1.Heartbeat.$Properties {
        }

        /** Periodic liveness and state update; the value stored in the agents KV bucket. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * The agent's static description, repeated in every heartbeat so the KV entry is
             * self-contained.
             */
            hello?: (tunnelscope.v1.AgentHello.$Properties|null);

            /** 1 for the first heartbeat after started_at_ns, +1 for each following one. */
            sequence: number;

            /** When the heartbeat was built (Unix ns, agent clock). */
            sentAtNs: (number|Long);

            /** Clock synchronisation state. */
            clock?: (tunnelscope.v1.ClockSync.$Properties|null);

            /** IPsec SAs installed now. */
            sas: tunnelscope.v1.IpsecSa.$Properties[];

            /** Ids of the sessions the agent is capturing for now. */
            activeSessionIds: string[];

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: tunnelscope.v1.Heartbeat.$Shape): tunnelscope.v1.Heartbeat & tunnelscope.v1.Heartbeat.$Shape;
            static create(properties?: tunnelscope.v1.Heartbeat.$Properties): tunnelscope.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link tunnelscope.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Heartbeat & tunnelscope.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.Heartbeat & tunnelscope.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /**
                 * The agent's static description, repeated in every heartbeat so the KV entry is
                 * self-contained.
                 */
                hello?: (tunnelscope.v1.AgentHello.$Properties|null);

                /** 1 for the first heartbeat after started_at_ns, +1 for each following one. */
                sequence?: (number|null);

                /** When the heartbeat was built (Unix ns, agent clock). */
                sentAtNs?: (number|Long|null);

                /** Clock synchronisation state. */
                clock?: (tunnelscope.v1.ClockSync.$Properties|null);

                /** IPsec SAs installed now. */
                sas?: (tunnelscope.v1.IpsecSa.$Properties[]|null);

                /** Ids of the sessions the agent is capturing for now. */
                activeSessionIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = tunnelscope.v1.Heartbeat.$Properties;
        }

        /** Which side of a gateway a capture point (tap) is on. */
        enum Tap {

            /** TAP_UNSPECIFIED value */
            TAP_UNSPECIFIED = 0,

            /** The underlay side: ESP (IP protocol 50, or UDP 4500) between the two gateways. */
            TAP_OUTER = 1,

            /** The cleartext side: the tunnelled TCP traffic between the LAN and the gateway. */
            TAP_INNER = 2,

            /**
             * The cleartext side as seen on a route-based tunnel device (vti, xfrmi, strongSwan's
             * ipsec0): packets about to be encrypted leave on it, decrypted ones arrive on it.
             * Only an interface's role says this (SummaryBatch.interfaces); digests and summaries
             * of such an interface keep tap = TAP_INNER, and TAP_INNER in an interface role then
             * means the site-LAN side.
             */
            TAP_TUNNEL = 3
        }

        /**
         * Properties of a FlowKey.
         * @deprecated Use tunnelscope.v1.FlowKey.$Properties instead.
         */
        interface IFlowKey extends tunnelscope.v1.FlowKey.$Properties {
        }

        /** The 5-tuple of one direction of a flow, as seen on the wire at one tap. */
        class FlowKey {

            /**
             * Constructs a new FlowKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.FlowKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Source IP address, 4 or 16 bytes, network order. */
            srcAddr: Uint8Array;

            /** Destination IP address, 4 or 16 bytes, network order. */
            dstAddr: Uint8Array;

            /** Source port (0..65535); 0 for protocols without ports. */
            srcPort: number;

            /** Destination port (0..65535); 0 for protocols without ports. */
            dstPort: number;

            /** IP protocol number (6 = TCP, 17 = UDP, 50 = ESP). */
            protocol: number;

            /**
             * Creates a new FlowKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowKey instance
             */
            static create(properties: tunnelscope.v1.FlowKey.$Shape): tunnelscope.v1.FlowKey & tunnelscope.v1.FlowKey.$Shape;
            static create(properties?: tunnelscope.v1.FlowKey.$Properties): tunnelscope.v1.FlowKey;

            /**
             * Encodes the specified FlowKey message. Does not implicitly {@link tunnelscope.v1.FlowKey.verify|verify} messages.
             * @param message FlowKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.FlowKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowKey & tunnelscope.v1.FlowKey.$Shape} FlowKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.FlowKey & tunnelscope.v1.FlowKey.$Shape;

            /**
             * Verifies a FlowKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlowKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlowKey
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.FlowKey;

            /**
             * Creates a plain object from a FlowKey message. Also converts values to other types if specified.
             * @param message FlowKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.FlowKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlowKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlowKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowKey {

            /** Properties of a FlowKey. */
            interface $Properties {

                /** Source IP address, 4 or 16 bytes, network order. */
                srcAddr?: (Uint8Array|null);

                /** Destination IP address, 4 or 16 bytes, network order. */
                dstAddr?: (Uint8Array|null);

                /** Source port (0..65535); 0 for protocols without ports. */
                srcPort?: (number|null);

                /** Destination port (0..65535); 0 for protocols without ports. */
                dstPort?: (number|null);

                /** IP protocol number (6 = TCP, 17 = UDP, 50 = ESP). */
                protocol?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowKey. */
            type $Shape = tunnelscope.v1.FlowKey.$Properties;
        }

        /** Where along the path the collapse is (DESIGN §5 `location`). */
        enum Location {

            /** LOCATION_UNSPECIFIED value */
            LOCATION_UNSPECIFIED = 0,

            /** LOCATION_SENDER_HOST value */
            LOCATION_SENDER_HOST = 1,

            /** LOCATION_SENDER_LAN value */
            LOCATION_SENDER_LAN = 2,

            /** LOCATION_SENDER_GATEWAY value */
            LOCATION_SENDER_GATEWAY = 3,

            /** LOCATION_UNDERLAY value */
            LOCATION_UNDERLAY = 4,

            /** LOCATION_RECEIVER_GATEWAY value */
            LOCATION_RECEIVER_GATEWAY = 5,

            /** LOCATION_RECEIVER_LAN value */
            LOCATION_RECEIVER_LAN = 6,

            /** LOCATION_RECEIVER_HOST value */
            LOCATION_RECEIVER_HOST = 7,

            /** Nothing collapses (cause healthy). */
            LOCATION_NONE = 8
        }

        /** Why the window collapses (DESIGN §5 `cause`). */
        enum Cause {

            /** CAUSE_UNSPECIFIED value */
            CAUSE_UNSPECIFIED = 0,

            /** The receiver advertises a zero window; nothing is lost. */
            CAUSE_RECEIVER_NOT_READING = 1,

            /** The window never reaches zero, but its maximum caps throughput near window/RTT. */
            CAUSE_RECEIVE_BUFFER_LIMITED = 2,

            /** ESP sent at A.outer never reaches B.outer. */
            CAUSE_UNDERLAY_LOSS = 3,

            /**
             * ESP reaches B.outer but the inner packet never leaves B: it arrived later than
             * the replay window allows.
             */
            CAUSE_REPLAY_WINDOW_DROPS = 4,

            /**
             * Transit time through a gateway grows and/or packets die inside it without a
             * reorder pattern.
             */
            CAUSE_GATEWAY_OVERLOAD = 5,

            /**
             * Packets above a size vanish in the path, smaller ones pass, no ICMP too-big
             * reaches the sender side.
             */
            CAUSE_MTU_BLACKHOLE = 6,

            /** Nothing collapses (location none). */
            CAUSE_HEALTHY = 7
        }

        /** What limits a flow direction's throughput (DESIGN §5 `limitedBy`). */
        enum LimitedBy {

            /** LIMITED_BY_UNSPECIFIED value */
            LIMITED_BY_UNSPECIFIED = 0,

            /** The application sends less than the window allows. */
            LIMITED_BY_SENDER = 1,

            /** The receiver's advertised window. */
            LIMITED_BY_RECEIVE_WINDOW = 2,

            /** Loss or a congestion window. */
            LIMITED_BY_NETWORK = 3,

            /** A gateway (transit time, drops inside it). */
            LIMITED_BY_GATEWAY = 4,

            /** Not determined. */
            LIMITED_BY_UNKNOWN = 5
        }

        /**
         * Properties of a Verdict.
         * @deprecated Use tunnelscope.v1.Verdict.$Properties instead.
         */
        interface IVerdict extends tunnelscope.v1.Verdict.$Properties {
        }

        /** One verdict (DESIGN §5). */
        class Verdict {

            /**
             * Constructs a new Verdict.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.Verdict.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Where the window collapses. */
            location: tunnelscope.v1.Location;

            /** Why. */
            cause: tunnelscope.v1.Cause;

            /** How sure the engine is, 0..1. */
            confidence: number;

            /** Human sentences with numbers that support the verdict. */
            evidence: string[];

            /** Concrete, computed remedies (sysctl values, MSS clamp, replay window). */
            recommendations: string[];

            /** What limits throughput (for the overall verdict: that of the worst flow direction). */
            limitedBy: tunnelscope.v1.LimitedBy;

            /** Wireshark display filters that show the evidence. */
            filters: string[];

            /**
             * Creates a new Verdict instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Verdict instance
             */
            static create(properties: tunnelscope.v1.Verdict.$Shape): tunnelscope.v1.Verdict & tunnelscope.v1.Verdict.$Shape;
            static create(properties?: tunnelscope.v1.Verdict.$Properties): tunnelscope.v1.Verdict;

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link tunnelscope.v1.Verdict.verify|verify} messages.
             * @param message Verdict message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.Verdict.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Verdict & tunnelscope.v1.Verdict.$Shape} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.Verdict & tunnelscope.v1.Verdict.$Shape;

            /**
             * Verifies a Verdict message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Verdict message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Verdict
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.Verdict;

            /**
             * Creates a plain object from a Verdict message. Also converts values to other types if specified.
             * @param message Verdict
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.Verdict, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Verdict to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Verdict
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Verdict {

            /** Properties of a Verdict. */
            interface $Properties {

                /** Where the window collapses. */
                location?: (tunnelscope.v1.Location|null);

                /** Why. */
                cause?: (tunnelscope.v1.Cause|null);

                /** How sure the engine is, 0..1. */
                confidence?: (number|null);

                /** Human sentences with numbers that support the verdict. */
                evidence?: (string[]|null);

                /** Concrete, computed remedies (sysctl values, MSS clamp, replay window). */
                recommendations?: (string[]|null);

                /** What limits throughput (for the overall verdict: that of the worst flow direction). */
                limitedBy?: (tunnelscope.v1.LimitedBy|null);

                /** Wireshark display filters that show the evidence. */
                filters?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Verdict. */
            type $Shape = tunnelscope.v1.Verdict.$Properties;
        }

        /** The four capture points of a tunnel (DESIGN §2), A = sender side of the direction. */
        enum TapPoint {

            /** TAP_POINT_UNSPECIFIED value */
            TAP_POINT_UNSPECIFIED = 0,

            /** TAP_POINT_A_INNER value */
            TAP_POINT_A_INNER = 1,

            /** TAP_POINT_A_OUTER value */
            TAP_POINT_A_OUTER = 2,

            /** TAP_POINT_B_OUTER value */
            TAP_POINT_B_OUTER = 3,

            /** TAP_POINT_B_INNER value */
            TAP_POINT_B_INNER = 4
        }

        /**
         * Properties of a SegmentRow.
         * @deprecated Use tunnelscope.v1.SegmentRow.$Properties instead.
         */
        interface ISegmentRow extends tunnelscope.v1.SegmentRow.$Properties {
        }

        /** One row of the per-segment table: what happened to packets between two taps. */
        class SegmentRow {

            /**
             * Constructs a new SegmentRow.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.SegmentRow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * The segment: LOCATION_SENDER_GATEWAY (A.inner → A.outer), LOCATION_UNDERLAY
             * (A.outer → B.outer) or LOCATION_RECEIVER_GATEWAY (B.outer → B.inner).
             */
            segment: tunnelscope.v1.Location;

            /** Tap the packets enter the segment at. */
            from: tunnelscope.v1.TapPoint;

            /** Tap they should leave it at. */
            to: tunnelscope.v1.TapPoint;

            /** Packets (sampled digests) seen at `from`. */
            packetsIn: (number|Long);

            /** Of those, packets seen at `to`. */
            packetsOut: (number|Long);

            /** Packets seen at `from`, never at `to`, although the capture went on long enough. */
            lost: (number|Long);

            /** lost / packets_in, 0..1. */
            lossRatio: number;

            /** Packets that left the segment in a different order than they entered it. */
            reordered: (number|Long);

            /**
             * One-way delay through the segment (clock offset applied), microseconds: min,
             * median, 90th percentile, max. 0 when nothing was matched.
             */
            delayMinUs: number;

            /** SegmentRow delayP50Us. */
            delayP50Us: number;

            /** SegmentRow delayP90Us. */
            delayP90Us: number;

            /** SegmentRow delayMaxUs. */
            delayMaxUs: number;

            /** Packets whose fate is unknown: the capture ended before they could arrive. */
            unknown: (number|Long);

            /**
             * Creates a new SegmentRow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentRow instance
             */
            static create(properties: tunnelscope.v1.SegmentRow.$Shape): tunnelscope.v1.SegmentRow & tunnelscope.v1.SegmentRow.$Shape;
            static create(properties?: tunnelscope.v1.SegmentRow.$Properties): tunnelscope.v1.SegmentRow;

            /**
             * Encodes the specified SegmentRow message. Does not implicitly {@link tunnelscope.v1.SegmentRow.verify|verify} messages.
             * @param message SegmentRow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.SegmentRow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentRow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SegmentRow & tunnelscope.v1.SegmentRow.$Shape} SegmentRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.SegmentRow & tunnelscope.v1.SegmentRow.$Shape;

            /**
             * Verifies a SegmentRow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentRow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentRow
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.SegmentRow;

            /**
             * Creates a plain object from a SegmentRow message. Also converts values to other types if specified.
             * @param message SegmentRow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.SegmentRow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentRow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SegmentRow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SegmentRow {

            /** Properties of a SegmentRow. */
            interface $Properties {

                /**
                 * The segment: LOCATION_SENDER_GATEWAY (A.inner → A.outer), LOCATION_UNDERLAY
                 * (A.outer → B.outer) or LOCATION_RECEIVER_GATEWAY (B.outer → B.inner).
                 */
                segment?: (tunnelscope.v1.Location|null);

                /** Tap the packets enter the segment at. */
                from?: (tunnelscope.v1.TapPoint|null);

                /** Tap they should leave it at. */
                to?: (tunnelscope.v1.TapPoint|null);

                /** Packets (sampled digests) seen at `from`. */
                packetsIn?: (number|Long|null);

                /** Of those, packets seen at `to`. */
                packetsOut?: (number|Long|null);

                /** Packets seen at `from`, never at `to`, although the capture went on long enough. */
                lost?: (number|Long|null);

                /** lost / packets_in, 0..1. */
                lossRatio?: (number|null);

                /** Packets that left the segment in a different order than they entered it. */
                reordered?: (number|Long|null);

                /**
                 * One-way delay through the segment (clock offset applied), microseconds: min,
                 * median, 90th percentile, max. 0 when nothing was matched.
                 */
                delayMinUs?: (number|null);

                /** SegmentRow delayP50Us */
                delayP50Us?: (number|null);

                /** SegmentRow delayP90Us */
                delayP90Us?: (number|null);

                /** SegmentRow delayMaxUs */
                delayMaxUs?: (number|null);

                /** Packets whose fate is unknown: the capture ended before they could arrive. */
                unknown?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SegmentRow. */
            type $Shape = tunnelscope.v1.SegmentRow.$Properties;
        }

        /**
         * Properties of a ClockAlignment.
         * @deprecated Use tunnelscope.v1.ClockAlignment.$Properties instead.
         */
        interface IClockAlignment extends tunnelscope.v1.ClockAlignment.$Properties {
        }

        /** The estimated offset between the two agents' clocks. */
        class ClockAlignment {

            /**
             * Constructs a new ClockAlignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.ClockAlignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** B's clock minus A's clock, in nanoseconds (signed). */
            offsetNs: (number|Long);

            /** The true offset is within offset_ns ± bound_ns. */
            boundNs: (number|Long);

            /** Matched packet pairs the estimate is based on. */
            samples: number;

            /**
             * Creates a new ClockAlignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockAlignment instance
             */
            static create(properties: tunnelscope.v1.ClockAlignment.$Shape): tunnelscope.v1.ClockAlignment & tunnelscope.v1.ClockAlignment.$Shape;
            static create(properties?: tunnelscope.v1.ClockAlignment.$Properties): tunnelscope.v1.ClockAlignment;

            /**
             * Encodes the specified ClockAlignment message. Does not implicitly {@link tunnelscope.v1.ClockAlignment.verify|verify} messages.
             * @param message ClockAlignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.ClockAlignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockAlignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.ClockAlignment & tunnelscope.v1.ClockAlignment.$Shape} ClockAlignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.ClockAlignment & tunnelscope.v1.ClockAlignment.$Shape;

            /**
             * Verifies a ClockAlignment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockAlignment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClockAlignment
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.ClockAlignment;

            /**
             * Creates a plain object from a ClockAlignment message. Also converts values to other types if specified.
             * @param message ClockAlignment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.ClockAlignment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockAlignment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockAlignment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockAlignment {

            /** Properties of a ClockAlignment. */
            interface $Properties {

                /** B's clock minus A's clock, in nanoseconds (signed). */
                offsetNs?: (number|Long|null);

                /** The true offset is within offset_ns ± bound_ns. */
                boundNs?: (number|Long|null);

                /** Matched packet pairs the estimate is based on. */
                samples?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockAlignment. */
            type $Shape = tunnelscope.v1.ClockAlignment.$Properties;
        }

        /**
         * Properties of a FlowDirectionReport.
         * @deprecated Use tunnelscope.v1.FlowDirectionReport.$Properties instead.
         */
        interface IFlowDirectionReport extends tunnelscope.v1.FlowDirectionReport.$Properties {
        }

        /** The report's view of one analysed flow direction. */
        class FlowDirectionReport {

            /**
             * Constructs a new FlowDirectionReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.FlowDirectionReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The direction's 5-tuple as seen on the inner side (src = sender). */
            flow?: (tunnelscope.v1.FlowKey.$Properties|null);

            /** Agent id on the sender's side (A for this direction). */
            senderAgentId: string;

            /** Agent id on the receiver's side (B for this direction). */
            receiverAgentId: string;

            /** The direction's verdict, including its limited_by. */
            verdict?: (tunnelscope.v1.Verdict.$Properties|null);

            /** Per-segment table for this direction. */
            segments: tunnelscope.v1.SegmentRow.$Properties[];

            /** Mean payload throughput over the session, bits per second. */
            throughputBps: number;

            /**
             * Creates a new FlowDirectionReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowDirectionReport instance
             */
            static create(properties: tunnelscope.v1.FlowDirectionReport.$Shape): tunnelscope.v1.FlowDirectionReport & tunnelscope.v1.FlowDirectionReport.$Shape;
            static create(properties?: tunnelscope.v1.FlowDirectionReport.$Properties): tunnelscope.v1.FlowDirectionReport;

            /**
             * Encodes the specified FlowDirectionReport message. Does not implicitly {@link tunnelscope.v1.FlowDirectionReport.verify|verify} messages.
             * @param message FlowDirectionReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.FlowDirectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowDirectionReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowDirectionReport & tunnelscope.v1.FlowDirectionReport.$Shape} FlowDirectionReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.FlowDirectionReport & tunnelscope.v1.FlowDirectionReport.$Shape;

            /**
             * Verifies a FlowDirectionReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlowDirectionReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlowDirectionReport
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.FlowDirectionReport;

            /**
             * Creates a plain object from a FlowDirectionReport message. Also converts values to other types if specified.
             * @param message FlowDirectionReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.FlowDirectionReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlowDirectionReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlowDirectionReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowDirectionReport {

            /** Properties of a FlowDirectionReport. */
            interface $Properties {

                /** The direction's 5-tuple as seen on the inner side (src = sender). */
                flow?: (tunnelscope.v1.FlowKey.$Properties|null);

                /** Agent id on the sender's side (A for this direction). */
                senderAgentId?: (string|null);

                /** Agent id on the receiver's side (B for this direction). */
                receiverAgentId?: (string|null);

                /** The direction's verdict, including its limited_by. */
                verdict?: (tunnelscope.v1.Verdict.$Properties|null);

                /** Per-segment table for this direction. */
                segments?: (tunnelscope.v1.SegmentRow.$Properties[]|null);

                /** Mean payload throughput over the session, bits per second. */
                throughputBps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowDirectionReport. */
            type $Shape = tunnelscope.v1.FlowDirectionReport.$Properties;
        }

        /**
         * Properties of a Report.
         * @deprecated Use tunnelscope.v1.Report.$Properties instead.
         */
        interface IReport extends tunnelscope.v1.Report.$Properties {
        }

        /** The coordinator's report on one session. */
        class Report {

            /**
             * Constructs a new Report.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.Report.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Version of the report contract; 1 for this schema. */
            schemaVersion: number;

            /** Session id. */
            sessionId: string;

            /** The two agents (in the order the session named them). */
            agentAId: string;

            /** Report agentBId. */
            agentBId: string;

            /** Analysed window (Unix ns, agent A's clock). */
            windowStartNs: (number|Long);

            /** Report windowEndNs. */
            windowEndNs: (number|Long);

            /** When the report was produced (Unix ns, coordinator clock). */
            generatedAtNs: (number|Long);

            /** The overall verdict: the worst of the flow directions'. */
            verdict?: (tunnelscope.v1.Verdict.$Properties|null);

            /** One entry per analysed flow direction. */
            flows: tunnelscope.v1.FlowDirectionReport.$Properties[];

            /** The two agents' clock offset. */
            clock?: (tunnelscope.v1.ClockAlignment.$Properties|null);

            /** Per-segment table over all analysed traffic. */
            segments: tunnelscope.v1.SegmentRow.$Properties[];

            /** Some input was missing: the verdicts rest on incomplete data. */
            partial: boolean;

            /**
             * What was missing, one human phrase each (e.g. "agent gw-b batches 12-15",
             * "tap B.inner not captured").
             */
            missing: string[];

            /**
             * Creates a new Report instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Report instance
             */
            static create(properties: tunnelscope.v1.Report.$Shape): tunnelscope.v1.Report & tunnelscope.v1.Report.$Shape;
            static create(properties?: tunnelscope.v1.Report.$Properties): tunnelscope.v1.Report;

            /**
             * Encodes the specified Report message. Does not implicitly {@link tunnelscope.v1.Report.verify|verify} messages.
             * @param message Report message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.Report.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Report message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Report & tunnelscope.v1.Report.$Shape} Report
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.Report & tunnelscope.v1.Report.$Shape;

            /**
             * Verifies a Report message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Report message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Report
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.Report;

            /**
             * Creates a plain object from a Report message. Also converts values to other types if specified.
             * @param message Report
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.Report, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Report to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Report
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Report {

            /** Properties of a Report. */
            interface $Properties {

                /** Version of the report contract; 1 for this schema. */
                schemaVersion?: (number|null);

                /** Session id. */
                sessionId?: (string|null);

                /** The two agents (in the order the session named them). */
                agentAId?: (string|null);

                /** Report agentBId */
                agentBId?: (string|null);

                /** Analysed window (Unix ns, agent A's clock). */
                windowStartNs?: (number|Long|null);

                /** Report windowEndNs */
                windowEndNs?: (number|Long|null);

                /** When the report was produced (Unix ns, coordinator clock). */
                generatedAtNs?: (number|Long|null);

                /** The overall verdict: the worst of the flow directions'. */
                verdict?: (tunnelscope.v1.Verdict.$Properties|null);

                /** One entry per analysed flow direction. */
                flows?: (tunnelscope.v1.FlowDirectionReport.$Properties[]|null);

                /** The two agents' clock offset. */
                clock?: (tunnelscope.v1.ClockAlignment.$Properties|null);

                /** Per-segment table over all analysed traffic. */
                segments?: (tunnelscope.v1.SegmentRow.$Properties[]|null);

                /** Some input was missing: the verdicts rest on incomplete data. */
                partial?: (boolean|null);

                /**
                 * What was missing, one human phrase each (e.g. "agent gw-b batches 12-15",
                 * "tap B.inner not captured").
                 */
                missing?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Report. */
            type $Shape = tunnelscope.v1.Report.$Properties;
        }

        /**
         * Properties of a SessionCommand.
         * @deprecated Use tunnelscope.v1.SessionCommand.$Properties instead.
         */
        interface ISessionCommand extends tunnelscope.v1.SessionCommand.$Properties {
        }

        /** One command about one capture session. */
        class SessionCommand {

            /**
             * Constructs a new SessionCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.SessionCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Session id, 1-64 characters from [A-Za-z0-9_-]; chosen by the coordinator and
             * used in subjects and message ids.
             */
            sessionId: string;

            /** SessionCommand start. */
            start?: (tunnelscope.v1.StartCapture.$Properties|null);

            /** SessionCommand stop. */
            stop?: (tunnelscope.v1.StopCapture.$Properties|null);

            /** SessionCommand status. */
            status?: (tunnelscope.v1.StatusRequest.$Properties|null);

            /** Exactly one command. */
            command?: ("start"|"stop"|"status");

            /**
             * Creates a new SessionCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionCommand instance
             */
            static create(properties: tunnelscope.v1.SessionCommand.$Shape): tunnelscope.v1.SessionCommand & tunnelscope.v1.SessionCommand.$Shape;
            static create(properties?: tunnelscope.v1.SessionCommand.$Properties): tunnelscope.v1.SessionCommand;

            /**
             * Encodes the specified SessionCommand message. Does not implicitly {@link tunnelscope.v1.SessionCommand.verify|verify} messages.
             * @param message SessionCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.SessionCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SessionCommand & tunnelscope.v1.SessionCommand.$Shape} SessionCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.SessionCommand & tunnelscope.v1.SessionCommand.$Shape;

            /**
             * Verifies a SessionCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionCommand
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.SessionCommand;

            /**
             * Creates a plain object from a SessionCommand message. Also converts values to other types if specified.
             * @param message SessionCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.SessionCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionCommand {

            /** Properties of a SessionCommand. */
            interface $Properties {

                /**
                 * Session id, 1-64 characters from [A-Za-z0-9_-]; chosen by the coordinator and
                 * used in subjects and message ids.
                 */
                sessionId?: (string|null);

                /** SessionCommand start */
                start?: (tunnelscope.v1.StartCapture.$Properties|null);

                /** SessionCommand stop */
                stop?: (tunnelscope.v1.StopCapture.$Properties|null);

                /** SessionCommand status */
                status?: (tunnelscope.v1.StatusRequest.$Properties|null);

                /** Exactly one command. */
                command?: ("start"|"stop"|"status");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SessionCommand. */
            type $Shape = {
              sessionId?: string|null;
              start?: tunnelscope.v1.StartCapture.$Shape|null;
              stop?: tunnelscope.v1.StopCapture.$Shape|null;
              status?: tunnelscope.v1.StatusRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; start?: null; stop?: null; status?: null }|{ command?: "start"; start: tunnelscope.v1.StartCapture.$Shape; stop?: null; status?: null }|{ command?: "stop"; start?: null; stop: tunnelscope.v1.StopCapture.$Shape; status?: null }|{ command?: "status"; start?: null; stop?: null; status: tunnelscope.v1.StatusRequest.$Shape })
            );
        }

        /**
         * Properties of a StartCapture.
         * @deprecated Use tunnelscope.v1.StartCapture.$Properties instead.
         */
        interface IStartCapture extends tunnelscope.v1.StartCapture.$Properties {
        }

        /**
         * Start capturing for a session. Both agents of a tunnel receive the same values, so
         * they capture the same window and sample the same packets.
         */
        class StartCapture {

            /**
             * Constructs a new StartCapture.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.StartCapture.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Instant both agents start capturing (Unix ns, agent clock). An agent receiving a
             * start in the past starts at once.
             */
            startAtNs: (number|Long);

            /** How long to capture, in milliseconds; 0 = until a StopCapture arrives. */
            durationMs: number;

            /** Which taps to capture. */
            taps: tunnelscope.v1.Tap[];

            /**
             * Digest sampling rate as a fraction of 2^32: a packet gets a PacketDigest when the
             * upper 32 bits of its digest hash are below this value. 0 = no digests,
             * 4294967296 (2^32) = every packet. Values above 2^32 are invalid.
             */
            samplingRate: (number|Long);

            /** Bytes captured per packet (headers only; DESIGN §4: never payload). 0 = agent default. */
            snaplen: number;

            /**
             * BPF filter expressions; the agent joins them as "(p1) and (p2) and ...". Empty =
             * the agent's own filter (its tunnel traffic).
             */
            bpfFilter: string[];

            /**
             * Length of one summary interval (one SummaryBatch per interval), in milliseconds;
             * 0 = agent default.
             */
            intervalMs: number;

            /**
             * Creates a new StartCapture instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartCapture instance
             */
            static create(properties: tunnelscope.v1.StartCapture.$Shape): tunnelscope.v1.StartCapture & tunnelscope.v1.StartCapture.$Shape;
            static create(properties?: tunnelscope.v1.StartCapture.$Properties): tunnelscope.v1.StartCapture;

            /**
             * Encodes the specified StartCapture message. Does not implicitly {@link tunnelscope.v1.StartCapture.verify|verify} messages.
             * @param message StartCapture message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.StartCapture.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartCapture message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StartCapture & tunnelscope.v1.StartCapture.$Shape} StartCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.StartCapture & tunnelscope.v1.StartCapture.$Shape;

            /**
             * Verifies a StartCapture message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartCapture message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartCapture
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.StartCapture;

            /**
             * Creates a plain object from a StartCapture message. Also converts values to other types if specified.
             * @param message StartCapture
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.StartCapture, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartCapture to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartCapture
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartCapture {

            /** Properties of a StartCapture. */
            interface $Properties {

                /**
                 * Instant both agents start capturing (Unix ns, agent clock). An agent receiving a
                 * start in the past starts at once.
                 */
                startAtNs?: (number|Long|null);

                /** How long to capture, in milliseconds; 0 = until a StopCapture arrives. */
                durationMs?: (number|null);

                /** Which taps to capture. */
                taps?: (tunnelscope.v1.Tap[]|null);

                /**
                 * Digest sampling rate as a fraction of 2^32: a packet gets a PacketDigest when the
                 * upper 32 bits of its digest hash are below this value. 0 = no digests,
                 * 4294967296 (2^32) = every packet. Values above 2^32 are invalid.
                 */
                samplingRate?: (number|Long|null);

                /** Bytes captured per packet (headers only; DESIGN §4: never payload). 0 = agent default. */
                snaplen?: (number|null);

                /**
                 * BPF filter expressions; the agent joins them as "(p1) and (p2) and ...". Empty =
                 * the agent's own filter (its tunnel traffic).
                 */
                bpfFilter?: (string[]|null);

                /**
                 * Length of one summary interval (one SummaryBatch per interval), in milliseconds;
                 * 0 = agent default.
                 */
                intervalMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartCapture. */
            type $Shape = tunnelscope.v1.StartCapture.$Properties;
        }

        /**
         * Properties of a StopCapture.
         * @deprecated Use tunnelscope.v1.StopCapture.$Properties instead.
         */
        interface IStopCapture extends tunnelscope.v1.StopCapture.$Properties {
        }

        /** Stop capturing for a session; the agent then sends its final batch. */
        class StopCapture {

            /**
             * Constructs a new StopCapture.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.StopCapture.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Why (for the agent's log), e.g. "duration reached", "operator cancelled". */
            reason: string;

            /**
             * Creates a new StopCapture instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopCapture instance
             */
            static create(properties: tunnelscope.v1.StopCapture.$Shape): tunnelscope.v1.StopCapture & tunnelscope.v1.StopCapture.$Shape;
            static create(properties?: tunnelscope.v1.StopCapture.$Properties): tunnelscope.v1.StopCapture;

            /**
             * Encodes the specified StopCapture message. Does not implicitly {@link tunnelscope.v1.StopCapture.verify|verify} messages.
             * @param message StopCapture message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.StopCapture.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopCapture message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StopCapture & tunnelscope.v1.StopCapture.$Shape} StopCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.StopCapture & tunnelscope.v1.StopCapture.$Shape;

            /**
             * Verifies a StopCapture message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopCapture message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopCapture
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.StopCapture;

            /**
             * Creates a plain object from a StopCapture message. Also converts values to other types if specified.
             * @param message StopCapture
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.StopCapture, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopCapture to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopCapture
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopCapture {

            /** Properties of a StopCapture. */
            interface $Properties {

                /** Why (for the agent's log), e.g. "duration reached", "operator cancelled". */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopCapture. */
            type $Shape = tunnelscope.v1.StopCapture.$Properties;
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use tunnelscope.v1.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends tunnelscope.v1.StatusRequest.$Properties {
        }

        /** Ask for the session's state; answered by a SessionAck. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: tunnelscope.v1.StatusRequest.$Shape): tunnelscope.v1.StatusRequest & tunnelscope.v1.StatusRequest.$Shape;
            static create(properties?: tunnelscope.v1.StatusRequest.$Properties): tunnelscope.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link tunnelscope.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.StatusRequest & tunnelscope.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.StatusRequest & tunnelscope.v1.StatusRequest.$Shape;

            /**
             * Verifies a StatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusRequest
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.StatusRequest;

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @param message StatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = tunnelscope.v1.StatusRequest.$Properties;
        }

        /** Why an agent refused or failed a command. */
        enum SessionError {

            /** No error (the command was accepted). */
            SESSION_ERROR_UNSPECIFIED = 0,

            /** The command is not valid (missing command, bad sampling rate, bad filter, ...). */
            SESSION_ERROR_INVALID_ARGUMENT = 1,

            /** stop/status for a session this agent does not know. */
            SESSION_ERROR_UNKNOWN_SESSION = 2,

            /** start for a session that is already running. */
            SESSION_ERROR_ALREADY_RUNNING = 3,

            /** The agent runs as many sessions as it is configured for. */
            SESSION_ERROR_BUSY = 4,

            /** The capture could not start: no permission (CAP_NET_RAW/CAP_NET_ADMIN). */
            SESSION_ERROR_PERMISSION_DENIED = 5,

            /** The capture could not start or died: interface missing, backend failed, ... */
            SESSION_ERROR_CAPTURE_FAILED = 6,

            /** A bug in the agent. */
            SESSION_ERROR_INTERNAL = 7
        }

        /** Where a session is on this agent. */
        enum SessionState {

            /** SESSION_STATE_UNSPECIFIED value */
            SESSION_STATE_UNSPECIFIED = 0,

            /** Accepted, waiting for start_at_ns. */
            SESSION_STATE_SCHEDULED = 1,

            /** Capturing and publishing batches. */
            SESSION_STATE_CAPTURING = 2,

            /** Finished; the final batch has been built (it may still be spooled). */
            SESSION_STATE_STOPPED = 3,

            /** Ended by an error (see SessionAck.error). */
            SESSION_STATE_FAILED = 4
        }

        /**
         * Properties of a SessionAck.
         * @deprecated Use tunnelscope.v1.SessionAck.$Properties instead.
         */
        interface ISessionAck extends tunnelscope.v1.SessionAck.$Properties {
        }

        /** An agent's reply to a SessionCommand. */
        class SessionAck {

            /**
             * Constructs a new SessionAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.SessionAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The session the command was about. */
            sessionId: string;

            /** True when the agent did what the command asked. */
            accepted: boolean;

            /** Why not, when accepted is false (SESSION_ERROR_UNSPECIFIED otherwise). */
            error: tunnelscope.v1.SessionError;

            /** One human sentence: what went wrong and how to fix it; empty when accepted. */
            message: string;

            /** The session's state after the command. */
            state: tunnelscope.v1.SessionState;

            /** Batches built for the session so far (the last batch_seq). */
            batches: number;

            /** The agent's clock when it replied (Unix ns); a coarse first clock-offset hint. */
            agentTimeNs: (number|Long);

            /**
             * Creates a new SessionAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionAck instance
             */
            static create(properties: tunnelscope.v1.SessionAck.$Shape): tunnelscope.v1.SessionAck & tunnelscope.v1.SessionAck.$Shape;
            static create(properties?: tunnelscope.v1.SessionAck.$Properties): tunnelscope.v1.SessionAck;

            /**
             * Encodes the specified SessionAck message. Does not implicitly {@link tunnelscope.v1.SessionAck.verify|verify} messages.
             * @param message SessionAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.SessionAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SessionAck & tunnelscope.v1.SessionAck.$Shape} SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.SessionAck & tunnelscope.v1.SessionAck.$Shape;

            /**
             * Verifies a SessionAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionAck
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.SessionAck;

            /**
             * Creates a plain object from a SessionAck message. Also converts values to other types if specified.
             * @param message SessionAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.SessionAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionAck {

            /** Properties of a SessionAck. */
            interface $Properties {

                /** The session the command was about. */
                sessionId?: (string|null);

                /** True when the agent did what the command asked. */
                accepted?: (boolean|null);

                /** Why not, when accepted is false (SESSION_ERROR_UNSPECIFIED otherwise). */
                error?: (tunnelscope.v1.SessionError|null);

                /** One human sentence: what went wrong and how to fix it; empty when accepted. */
                message?: (string|null);

                /** The session's state after the command. */
                state?: (tunnelscope.v1.SessionState|null);

                /** Batches built for the session so far (the last batch_seq). */
                batches?: (number|null);

                /** The agent's clock when it replied (Unix ns); a coarse first clock-offset hint. */
                agentTimeNs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionAck. */
            type $Shape = tunnelscope.v1.SessionAck.$Properties;
        }

        /**
         * Properties of a SummaryBatch.
         * @deprecated Use tunnelscope.v1.SummaryBatch.$Properties instead.
         */
        interface ISummaryBatch extends tunnelscope.v1.SummaryBatch.$Properties {
        }

        /** Everything one agent saw for one session during one interval. */
        class SummaryBatch {

            /**
             * Constructs a new SummaryBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.SummaryBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Session id (as in SessionCommand.session_id). */
            sessionId: string;

            /** Agent id (as in AgentHello.agent_id). */
            agentId: string;

            /**
             * 1 for the first batch of the session, +1 for every batch built, including batches
             * the spool later had to drop: a gap in batch_seq is a lost batch.
             */
            batchSeq: number;

            /** Interval start, inclusive (Unix ns, agent clock). */
            intervalStartNs: (number|Long);

            /** Interval end, exclusive (Unix ns, agent clock). */
            intervalEndNs: (number|Long);

            /** This is the agent's last batch for the session. */
            final: boolean;

            /** TCP flow directions active during the interval, one entry per tap and direction. */
            flows: tunnelscope.v1.FlowDirectionSummary.$Properties[];

            /** ESP SAs seen during the interval, one entry per tap and SA. */
            sas: tunnelscope.v1.EspSaSummary.$Properties[];

            /** Host counters over the interval. */
            host?: (tunnelscope.v1.HostCounters.$Properties|null);

            /** Digests of the sampled packets of the interval, in capture order. */
            digests: tunnelscope.v1.PacketDigest.$Properties[];

            /** The capture's own health over the interval. */
            health?: (tunnelscope.v1.CaptureHealth.$Properties|null);

            /**
             * The digests were taken at full rate (every packet) from the agent's ring buffer
             * around a detected collapse, not at the session's sampling_rate.
             */
            digestsFullRate: boolean;

            /**
             * The capture interfaces the digests' `interface` numbers refer to, one entry per
             * interface the session has seen so far. Sent whole in the session's first batch,
             * whenever it changed since it was last sent, at least every 16th batch and in the
             * final batch; empty in the other batches: the receiver keeps the last table it saw
             * per agent and session (by batch_seq) and reads a batch without one with it. Empty
             * from agents that predate PacketDigest.interface.
             */
            interfaces: tunnelscope.v1.CaptureInterfaceRole.$Properties[];

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
             */
            collapsePcap: Uint8Array;

            /**
             * Capture time of the packet that triggered the collapse dump (Unix ns, agent clock);
             * 0 when the batch carries no dump.
             */
            collapseAtNs: (number|Long);

            /**
             * Gateway transit measured by the agent at full rate (every packet, whatever the
             * sampling rate): per SA and direction, cleartext packets paired with the ESP packet
             * that carried them (encrypting side) or that they came out of (decrypting side), over
             * the packets this batch settles. Empty from agents without an inner (cleartext) tap
             * and from older agents.
             */
            transit: tunnelscope.v1.GatewayTransit.$Properties[];

            /**
             * Creates a new SummaryBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SummaryBatch instance
             */
            static create(properties: tunnelscope.v1.SummaryBatch.$Shape): tunnelscope.v1.SummaryBatch & tunnelscope.v1.SummaryBatch.$Shape;
            static create(properties?: tunnelscope.v1.SummaryBatch.$Properties): tunnelscope.v1.SummaryBatch;

            /**
             * Encodes the specified SummaryBatch message. Does not implicitly {@link tunnelscope.v1.SummaryBatch.verify|verify} messages.
             * @param message SummaryBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.SummaryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SummaryBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.SummaryBatch & tunnelscope.v1.SummaryBatch.$Shape} SummaryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.SummaryBatch & tunnelscope.v1.SummaryBatch.$Shape;

            /**
             * Verifies a SummaryBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SummaryBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SummaryBatch
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.SummaryBatch;

            /**
             * Creates a plain object from a SummaryBatch message. Also converts values to other types if specified.
             * @param message SummaryBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.SummaryBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SummaryBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SummaryBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SummaryBatch {

            /** Properties of a SummaryBatch. */
            interface $Properties {

                /** Session id (as in SessionCommand.session_id). */
                sessionId?: (string|null);

                /** Agent id (as in AgentHello.agent_id). */
                agentId?: (string|null);

                /**
                 * 1 for the first batch of the session, +1 for every batch built, including batches
                 * the spool later had to drop: a gap in batch_seq is a lost batch.
                 */
                batchSeq?: (number|null);

                /** Interval start, inclusive (Unix ns, agent clock). */
                intervalStartNs?: (number|Long|null);

                /** Interval end, exclusive (Unix ns, agent clock). */
                intervalEndNs?: (number|Long|null);

                /** This is the agent's last batch for the session. */
                final?: (boolean|null);

                /** TCP flow directions active during the interval, one entry per tap and direction. */
                flows?: (tunnelscope.v1.FlowDirectionSummary.$Properties[]|null);

                /** ESP SAs seen during the interval, one entry per tap and SA. */
                sas?: (tunnelscope.v1.EspSaSummary.$Properties[]|null);

                /** Host counters over the interval. */
                host?: (tunnelscope.v1.HostCounters.$Properties|null);

                /** Digests of the sampled packets of the interval, in capture order. */
                digests?: (tunnelscope.v1.PacketDigest.$Properties[]|null);

                /** The capture's own health over the interval. */
                health?: (tunnelscope.v1.CaptureHealth.$Properties|null);

                /**
                 * The digests were taken at full rate (every packet) from the agent's ring buffer
                 * around a detected collapse, not at the session's sampling_rate.
                 */
                digestsFullRate?: (boolean|null);

                /**
                 * The capture interfaces the digests' `interface` numbers refer to, one entry per
                 * interface the session has seen so far. Sent whole in the session's first batch,
                 * whenever it changed since it was last sent, at least every 16th batch and in the
                 * final batch; empty in the other batches: the receiver keeps the last table it saw
                 * per agent and session (by batch_seq) and reads a batch without one with it. Empty
                 * from agents that predate PacketDigest.interface.
                 */
                interfaces?: (tunnelscope.v1.CaptureInterfaceRole.$Properties[]|null);

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
                 */
                collapsePcap?: (Uint8Array|null);

                /**
                 * Capture time of the packet that triggered the collapse dump (Unix ns, agent clock);
                 * 0 when the batch carries no dump.
                 */
                collapseAtNs?: (number|Long|null);

                /**
                 * Gateway transit measured by the agent at full rate (every packet, whatever the
                 * sampling rate): per SA and direction, cleartext packets paired with the ESP packet
                 * that carried them (encrypting side) or that they came out of (decrypting side), over
                 * the packets this batch settles. Empty from agents without an inner (cleartext) tap
                 * and from older agents.
                 */
                transit?: (tunnelscope.v1.GatewayTransit.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SummaryBatch. */
            type $Shape = tunnelscope.v1.SummaryBatch.$Properties;
        }

        /**
         * Properties of a GatewayTransit.
         * @deprecated Use tunnelscope.v1.GatewayTransit.$Properties instead.
         */
        interface IGatewayTransit extends tunnelscope.v1.GatewayTransit.$Properties {
        }

        /** One SA's transit through this agent's gateway in one direction (SummaryBatch.transit). */
        class GatewayTransit {

            /**
             * Constructs a new GatewayTransit.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.GatewayTransit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The SA's SPI (as in EspSaSummary.spi). */
            spi: number;

            /** True: cleartext → ESP (this gateway encrypts); false: ESP → cleartext (decrypts). */
            encrypt: boolean;

            /** Packets paired (cleartext with its ESP packet). */
            matched: (number|Long);

            /**
             * Packets that died inside the gateway: cleartext without an ESP packet (encrypting
             * side), ESP packets that yielded no cleartext (decrypting side).
             */
            lost: (number|Long);

            /** Transit delay of the paired packets (µs): median, 90th percentile and maximum. */
            delayP50Us: number;

            /** GatewayTransit delayP90Us. */
            delayP90Us: number;

            /** GatewayTransit delayMaxUs. */
            delayMaxUs: number;

            /**
             * Creates a new GatewayTransit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatewayTransit instance
             */
            static create(properties: tunnelscope.v1.GatewayTransit.$Shape): tunnelscope.v1.GatewayTransit & tunnelscope.v1.GatewayTransit.$Shape;
            static create(properties?: tunnelscope.v1.GatewayTransit.$Properties): tunnelscope.v1.GatewayTransit;

            /**
             * Encodes the specified GatewayTransit message. Does not implicitly {@link tunnelscope.v1.GatewayTransit.verify|verify} messages.
             * @param message GatewayTransit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.GatewayTransit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatewayTransit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.GatewayTransit & tunnelscope.v1.GatewayTransit.$Shape} GatewayTransit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.GatewayTransit & tunnelscope.v1.GatewayTransit.$Shape;

            /**
             * Verifies a GatewayTransit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GatewayTransit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatewayTransit
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.GatewayTransit;

            /**
             * Creates a plain object from a GatewayTransit message. Also converts values to other types if specified.
             * @param message GatewayTransit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.GatewayTransit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatewayTransit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatewayTransit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayTransit {

            /** Properties of a GatewayTransit. */
            interface $Properties {

                /** The SA's SPI (as in EspSaSummary.spi). */
                spi?: (number|null);

                /** True: cleartext → ESP (this gateway encrypts); false: ESP → cleartext (decrypts). */
                encrypt?: (boolean|null);

                /** Packets paired (cleartext with its ESP packet). */
                matched?: (number|Long|null);

                /**
                 * Packets that died inside the gateway: cleartext without an ESP packet (encrypting
                 * side), ESP packets that yielded no cleartext (decrypting side).
                 */
                lost?: (number|Long|null);

                /** Transit delay of the paired packets (µs): median, 90th percentile and maximum. */
                delayP50Us?: (number|null);

                /** GatewayTransit delayP90Us */
                delayP90Us?: (number|null);

                /** GatewayTransit delayMaxUs */
                delayMaxUs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatewayTransit. */
            type $Shape = tunnelscope.v1.GatewayTransit.$Properties;
        }

        /**
         * Properties of a CaptureInterfaceRole.
         * @deprecated Use tunnelscope.v1.CaptureInterfaceRole.$Properties instead.
         */
        interface ICaptureInterfaceRole extends tunnelscope.v1.CaptureInterfaceRole.$Properties {
        }

        /** One capture interface of the session and what the agent knows of its role. */
        class CaptureInterfaceRole {

            /**
             * Constructs a new CaptureInterfaceRole.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.CaptureInterfaceRole.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The number PacketDigest.interface carries for packets seen on this interface. */
            id: number;

            /**
             * Interface name when the agent knows it (pcapng if_name, or the configured name);
             * empty otherwise (e.g. `tcpdump -i any` SLL2 captures, which carry only the ifindex).
             */
            name: string;

            /**
             * TAP_OUTER (the underlay/ESP interface), TAP_INNER (the site-LAN side), TAP_TUNNEL
             * (a route-based tunnel device); TAP_UNSPECIFIED when the agent cannot tell, in which
             * case the coordinator recognises the role from the traffic, as `analyze` does.
             */
            role: tunnelscope.v1.Tap;

            /**
             * Creates a new CaptureInterfaceRole instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureInterfaceRole instance
             */
            static create(properties: tunnelscope.v1.CaptureInterfaceRole.$Shape): tunnelscope.v1.CaptureInterfaceRole & tunnelscope.v1.CaptureInterfaceRole.$Shape;
            static create(properties?: tunnelscope.v1.CaptureInterfaceRole.$Properties): tunnelscope.v1.CaptureInterfaceRole;

            /**
             * Encodes the specified CaptureInterfaceRole message. Does not implicitly {@link tunnelscope.v1.CaptureInterfaceRole.verify|verify} messages.
             * @param message CaptureInterfaceRole message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.CaptureInterfaceRole.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureInterfaceRole message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.CaptureInterfaceRole & tunnelscope.v1.CaptureInterfaceRole.$Shape} CaptureInterfaceRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.CaptureInterfaceRole & tunnelscope.v1.CaptureInterfaceRole.$Shape;

            /**
             * Verifies a CaptureInterfaceRole message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CaptureInterfaceRole message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CaptureInterfaceRole
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.CaptureInterfaceRole;

            /**
             * Creates a plain object from a CaptureInterfaceRole message. Also converts values to other types if specified.
             * @param message CaptureInterfaceRole
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.CaptureInterfaceRole, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CaptureInterfaceRole to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CaptureInterfaceRole
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CaptureInterfaceRole {

            /** Properties of a CaptureInterfaceRole. */
            interface $Properties {

                /** The number PacketDigest.interface carries for packets seen on this interface. */
                id?: (number|null);

                /**
                 * Interface name when the agent knows it (pcapng if_name, or the configured name);
                 * empty otherwise (e.g. `tcpdump -i any` SLL2 captures, which carry only the ifindex).
                 */
                name?: (string|null);

                /**
                 * TAP_OUTER (the underlay/ESP interface), TAP_INNER (the site-LAN side), TAP_TUNNEL
                 * (a route-based tunnel device); TAP_UNSPECIFIED when the agent cannot tell, in which
                 * case the coordinator recognises the role from the traffic, as `analyze` does.
                 */
                role?: (tunnelscope.v1.Tap|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CaptureInterfaceRole. */
            type $Shape = tunnelscope.v1.CaptureInterfaceRole.$Properties;
        }

        /**
         * Properties of a TcpAnalysisCounts.
         * @deprecated Use tunnelscope.v1.TcpAnalysisCounts.$Properties instead.
         */
        interface ITcpAnalysisCounts extends tunnelscope.v1.TcpAnalysisCounts.$Properties {
        }

        /**
         * Counts of Wireshark's tcp.analysis.* flags for one flow direction, with the same
         * definitions so they can be checked against tshark. Each counts segments (or ACKs)
         * sent in this direction that got the flag.
         */
        class TcpAnalysisCounts {

            /**
             * Constructs a new TcpAnalysisCounts.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.TcpAnalysisCounts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** tcp.analysis.retransmission: a segment repeating sequence space already sent. */
            retransmission: number;

            /** tcp.analysis.fast_retransmission: a retransmission after >= 2 duplicate ACKs. */
            fastRetransmission: number;

            /** tcp.analysis.spurious_retransmission: a retransmission of data already ACKed. */
            spuriousRetransmission: number;

            /** tcp.analysis.duplicate_ack: an ACK repeating the previous ACK number and window. */
            duplicateAck: number;

            /** tcp.analysis.lost_segment: a sequence gap; a previous segment was not captured. */
            lostSegment: number;

            /** tcp.analysis.ack_lost_segment: an ACK covering data that was not captured. */
            ackLostSegment: number;

            /**
             * tcp.analysis.out_of_order: a segment below the highest sequence seen, not a
             * retransmission.
             */
            outOfOrder: number;

            /** tcp.analysis.zero_window: the segment advertises a zero receive window. */
            zeroWindow: number;

            /** tcp.analysis.zero_window_probe: a 1-byte probe into a peer's zero window. */
            zeroWindowProbe: number;

            /** tcp.analysis.zero_window_probe_ack: the ACK answering a zero-window probe. */
            zeroWindowProbeAck: number;

            /** tcp.analysis.window_full: the segment fills the peer's advertised window. */
            windowFull: number;

            /** tcp.analysis.window_update: a pure ACK that only changes the window. */
            windowUpdate: number;

            /** tcp.analysis.keep_alive: a keep-alive segment. */
            keepAlive: number;

            /** tcp.analysis.keep_alive_ack: the ACK answering a keep-alive. */
            keepAliveAck: number;

            /**
             * Creates a new TcpAnalysisCounts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TcpAnalysisCounts instance
             */
            static create(properties: tunnelscope.v1.TcpAnalysisCounts.$Shape): tunnelscope.v1.TcpAnalysisCounts & tunnelscope.v1.TcpAnalysisCounts.$Shape;
            static create(properties?: tunnelscope.v1.TcpAnalysisCounts.$Properties): tunnelscope.v1.TcpAnalysisCounts;

            /**
             * Encodes the specified TcpAnalysisCounts message. Does not implicitly {@link tunnelscope.v1.TcpAnalysisCounts.verify|verify} messages.
             * @param message TcpAnalysisCounts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.TcpAnalysisCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TcpAnalysisCounts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.TcpAnalysisCounts & tunnelscope.v1.TcpAnalysisCounts.$Shape} TcpAnalysisCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.TcpAnalysisCounts & tunnelscope.v1.TcpAnalysisCounts.$Shape;

            /**
             * Verifies a TcpAnalysisCounts message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TcpAnalysisCounts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TcpAnalysisCounts
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.TcpAnalysisCounts;

            /**
             * Creates a plain object from a TcpAnalysisCounts message. Also converts values to other types if specified.
             * @param message TcpAnalysisCounts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.TcpAnalysisCounts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TcpAnalysisCounts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TcpAnalysisCounts
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TcpAnalysisCounts {

            /** Properties of a TcpAnalysisCounts. */
            interface $Properties {

                /** tcp.analysis.retransmission: a segment repeating sequence space already sent. */
                retransmission?: (number|null);

                /** tcp.analysis.fast_retransmission: a retransmission after >= 2 duplicate ACKs. */
                fastRetransmission?: (number|null);

                /** tcp.analysis.spurious_retransmission: a retransmission of data already ACKed. */
                spuriousRetransmission?: (number|null);

                /** tcp.analysis.duplicate_ack: an ACK repeating the previous ACK number and window. */
                duplicateAck?: (number|null);

                /** tcp.analysis.lost_segment: a sequence gap; a previous segment was not captured. */
                lostSegment?: (number|null);

                /** tcp.analysis.ack_lost_segment: an ACK covering data that was not captured. */
                ackLostSegment?: (number|null);

                /**
                 * tcp.analysis.out_of_order: a segment below the highest sequence seen, not a
                 * retransmission.
                 */
                outOfOrder?: (number|null);

                /** tcp.analysis.zero_window: the segment advertises a zero receive window. */
                zeroWindow?: (number|null);

                /** tcp.analysis.zero_window_probe: a 1-byte probe into a peer's zero window. */
                zeroWindowProbe?: (number|null);

                /** tcp.analysis.zero_window_probe_ack: the ACK answering a zero-window probe. */
                zeroWindowProbeAck?: (number|null);

                /** tcp.analysis.window_full: the segment fills the peer's advertised window. */
                windowFull?: (number|null);

                /** tcp.analysis.window_update: a pure ACK that only changes the window. */
                windowUpdate?: (number|null);

                /** tcp.analysis.keep_alive: a keep-alive segment. */
                keepAlive?: (number|null);

                /** tcp.analysis.keep_alive_ack: the ACK answering a keep-alive. */
                keepAliveAck?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TcpAnalysisCounts. */
            type $Shape = tunnelscope.v1.TcpAnalysisCounts.$Properties;
        }

        /**
         * Properties of a FlowDirectionSummary.
         * @deprecated Use tunnelscope.v1.FlowDirectionSummary.$Properties instead.
         */
        interface IFlowDirectionSummary extends tunnelscope.v1.FlowDirectionSummary.$Properties {
        }

        /**
         * One direction of one TCP flow at one tap, over the interval. "Sender" below is the
         * host that sends the segments of this direction (flow.src_addr).
         */
        class FlowDirectionSummary {

            /**
             * Constructs a new FlowDirectionSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.FlowDirectionSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The direction's 5-tuple (src = this direction's sender). */
            flow?: (tunnelscope.v1.FlowKey.$Properties|null);

            /** Where it was seen. */
            tap: tunnelscope.v1.Tap;

            /** Segments seen. */
            packets: (number|Long);

            /** IP bytes seen (sum of IP total lengths). */
            bytes: (number|Long);

            /** TCP payload bytes seen, retransmissions included. */
            payloadBytes: (number|Long);

            /** tcp.analysis.* flag counts. */
            analysis?: (tunnelscope.v1.TcpAnalysisCounts.$Properties|null);

            /**
             * Smallest receive window the sender advertised in this direction's segments, in
             * bytes after scaling: the window the sender offers to the reverse direction.
             */
            windowMin: number;

            /** Largest advertised window (scaled bytes). */
            windowMax: number;

            /** Advertised window of the last segment of the interval (scaled bytes). */
            windowLast: number;

            /**
             * The sender's window scale shift count (RFC 7323, 0..14); absent when the
             * handshake was not captured (windows are then taken as unscaled).
             */
            windowScale?: (number|null);

            /** Time the sender advertised a zero window during the interval, in microseconds. */
            zeroWindowUs: number;

            /** Largest bytes in flight (sent, not yet acknowledged) in this direction. */
            bytesInFlightMax: number;

            /** RTT samples taken (data segment → its ACK) during the interval. */
            rttSamples: number;

            /** Smallest RTT sample, in microseconds; 0 when rtt_samples = 0. */
            rttMinUs: number;

            /** Mean RTT sample, in microseconds; 0 when rtt_samples = 0. */
            rttAvgUs: number;

            /** Largest RTT sample, in microseconds; 0 when rtt_samples = 0. */
            rttMaxUs: number;

            /**
             * Payload throughput over the interval: payload bytes not retransmitted × 8 /
             * interval length, in bits per second.
             */
            throughputBps: number;

            /** MSS the sender announced in its SYN; 0 when the handshake was not captured. */
            mss: number;

            /** Largest IP packet seen in this direction, in bytes. */
            maxIpLength: number;

            /**
             * Creates a new FlowDirectionSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlowDirectionSummary instance
             */
            static create(properties: tunnelscope.v1.FlowDirectionSummary.$Shape): tunnelscope.v1.FlowDirectionSummary & tunnelscope.v1.FlowDirectionSummary.$Shape;
            static create(properties?: tunnelscope.v1.FlowDirectionSummary.$Properties): tunnelscope.v1.FlowDirectionSummary;

            /**
             * Encodes the specified FlowDirectionSummary message. Does not implicitly {@link tunnelscope.v1.FlowDirectionSummary.verify|verify} messages.
             * @param message FlowDirectionSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.FlowDirectionSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlowDirectionSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.FlowDirectionSummary & tunnelscope.v1.FlowDirectionSummary.$Shape} FlowDirectionSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.FlowDirectionSummary & tunnelscope.v1.FlowDirectionSummary.$Shape;

            /**
             * Verifies a FlowDirectionSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlowDirectionSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlowDirectionSummary
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.FlowDirectionSummary;

            /**
             * Creates a plain object from a FlowDirectionSummary message. Also converts values to other types if specified.
             * @param message FlowDirectionSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.FlowDirectionSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlowDirectionSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlowDirectionSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlowDirectionSummary {

            /** Properties of a FlowDirectionSummary. */
            interface $Properties {

                /** The direction's 5-tuple (src = this direction's sender). */
                flow?: (tunnelscope.v1.FlowKey.$Properties|null);

                /** Where it was seen. */
                tap?: (tunnelscope.v1.Tap|null);

                /** Segments seen. */
                packets?: (number|Long|null);

                /** IP bytes seen (sum of IP total lengths). */
                bytes?: (number|Long|null);

                /** TCP payload bytes seen, retransmissions included. */
                payloadBytes?: (number|Long|null);

                /** tcp.analysis.* flag counts. */
                analysis?: (tunnelscope.v1.TcpAnalysisCounts.$Properties|null);

                /**
                 * Smallest receive window the sender advertised in this direction's segments, in
                 * bytes after scaling: the window the sender offers to the reverse direction.
                 */
                windowMin?: (number|null);

                /** Largest advertised window (scaled bytes). */
                windowMax?: (number|null);

                /** Advertised window of the last segment of the interval (scaled bytes). */
                windowLast?: (number|null);

                /**
                 * The sender's window scale shift count (RFC 7323, 0..14); absent when the
                 * handshake was not captured (windows are then taken as unscaled).
                 */
                windowScale?: (number|null);

                /** Time the sender advertised a zero window during the interval, in microseconds. */
                zeroWindowUs?: (number|null);

                /** Largest bytes in flight (sent, not yet acknowledged) in this direction. */
                bytesInFlightMax?: (number|null);

                /** RTT samples taken (data segment → its ACK) during the interval. */
                rttSamples?: (number|null);

                /** Smallest RTT sample, in microseconds; 0 when rtt_samples = 0. */
                rttMinUs?: (number|null);

                /** Mean RTT sample, in microseconds; 0 when rtt_samples = 0. */
                rttAvgUs?: (number|null);

                /** Largest RTT sample, in microseconds; 0 when rtt_samples = 0. */
                rttMaxUs?: (number|null);

                /**
                 * Payload throughput over the interval: payload bytes not retransmitted × 8 /
                 * interval length, in bits per second.
                 */
                throughputBps?: (number|null);

                /** MSS the sender announced in its SYN; 0 when the handshake was not captured. */
                mss?: (number|null);

                /** Largest IP packet seen in this direction, in bytes. */
                maxIpLength?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlowDirectionSummary. */
            type $Shape = tunnelscope.v1.FlowDirectionSummary.$Properties;
        }

        /**
         * Properties of an EspSaSummary.
         * @deprecated Use tunnelscope.v1.EspSaSummary.$Properties instead.
         */
        interface IEspSaSummary extends tunnelscope.v1.EspSaSummary.$Properties {
        }

        /** One ESP SA at one tap, over the interval (cf. packages/analysis EspAnalyzer). */
        class EspSaSummary {

            /**
             * Constructs a new EspSaSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.EspSaSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Security Parameter Index. */
            spi: number;

            /** Outer source address, 4 or 16 bytes. */
            srcAddr: Uint8Array;

            /** Outer destination address, 4 or 16 bytes. */
            dstAddr: Uint8Array;

            /** Where it was seen (normally TAP_OUTER). */
            tap: tunnelscope.v1.Tap;

            /** ESP packets seen. */
            packets: (number|Long);

            /** Outer IP bytes seen. */
            bytes: (number|Long);

            /** Sequence number of the first packet of the interval (the 32-bit wire value). */
            seqFirst: number;

            /** Sequence number of the last packet of the interval. */
            seqLast: number;

            /** Highest sequence number seen (the replay window's right edge). */
            seqMax: number;

            /** Sequence numbers between the first and the highest that never arrived. */
            gaps: number;

            /** Packets whose sequence number had been seen before. */
            duplicates: number;

            /** Packets that arrived below the right edge (reordered). */
            late: number;

            /**
             * Upper bounds (inclusive) of the reorder-depth histogram buckets; the bucket after
             * the last bound is open. Depth = right edge - seq of a late packet.
             */
            reorderBucketBounds: number[];

            /**
             * Late packets per bucket; length = reorder_bucket_bounds length + 1. Both lists are
             * empty when no packet of the interval was late (an all-zero histogram is not sent).
             */
            reorderHistogram: number[];

            /** Largest reorder depth seen. */
            reorderDepthMax: number;

            /** Largest outer IP packet carrying this SA, in bytes. */
            largestPacket: number;

            /** Largest ESP payload (SPI to end of packet), in bytes. */
            largestEsp: number;

            /** ESP is UDP-encapsulated (port 4500). */
            udpEncap: boolean;

            /**
             * Creates a new EspSaSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EspSaSummary instance
             */
            static create(properties: tunnelscope.v1.EspSaSummary.$Shape): tunnelscope.v1.EspSaSummary & tunnelscope.v1.EspSaSummary.$Shape;
            static create(properties?: tunnelscope.v1.EspSaSummary.$Properties): tunnelscope.v1.EspSaSummary;

            /**
             * Encodes the specified EspSaSummary message. Does not implicitly {@link tunnelscope.v1.EspSaSummary.verify|verify} messages.
             * @param message EspSaSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.EspSaSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EspSaSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.EspSaSummary & tunnelscope.v1.EspSaSummary.$Shape} EspSaSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.EspSaSummary & tunnelscope.v1.EspSaSummary.$Shape;

            /**
             * Verifies an EspSaSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EspSaSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EspSaSummary
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.EspSaSummary;

            /**
             * Creates a plain object from an EspSaSummary message. Also converts values to other types if specified.
             * @param message EspSaSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.EspSaSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EspSaSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EspSaSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EspSaSummary {

            /** Properties of an EspSaSummary. */
            interface $Properties {

                /** Security Parameter Index. */
                spi?: (number|null);

                /** Outer source address, 4 or 16 bytes. */
                srcAddr?: (Uint8Array|null);

                /** Outer destination address, 4 or 16 bytes. */
                dstAddr?: (Uint8Array|null);

                /** Where it was seen (normally TAP_OUTER). */
                tap?: (tunnelscope.v1.Tap|null);

                /** ESP packets seen. */
                packets?: (number|Long|null);

                /** Outer IP bytes seen. */
                bytes?: (number|Long|null);

                /** Sequence number of the first packet of the interval (the 32-bit wire value). */
                seqFirst?: (number|null);

                /** Sequence number of the last packet of the interval. */
                seqLast?: (number|null);

                /** Highest sequence number seen (the replay window's right edge). */
                seqMax?: (number|null);

                /** Sequence numbers between the first and the highest that never arrived. */
                gaps?: (number|null);

                /** Packets whose sequence number had been seen before. */
                duplicates?: (number|null);

                /** Packets that arrived below the right edge (reordered). */
                late?: (number|null);

                /**
                 * Upper bounds (inclusive) of the reorder-depth histogram buckets; the bucket after
                 * the last bound is open. Depth = right edge - seq of a late packet.
                 */
                reorderBucketBounds?: (number[]|null);

                /**
                 * Late packets per bucket; length = reorder_bucket_bounds length + 1. Both lists are
                 * empty when no packet of the interval was late (an all-zero histogram is not sent).
                 */
                reorderHistogram?: (number[]|null);

                /** Largest reorder depth seen. */
                reorderDepthMax?: (number|null);

                /** Largest outer IP packet carrying this SA, in bytes. */
                largestPacket?: (number|null);

                /** Largest ESP payload (SPI to end of packet), in bytes. */
                largestEsp?: (number|null);

                /** ESP is UDP-encapsulated (port 4500). */
                udpEncap?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EspSaSummary. */
            type $Shape = tunnelscope.v1.EspSaSummary.$Properties;
        }

        /**
         * Properties of a Sysctls.
         * @deprecated Use tunnelscope.v1.Sysctls.$Properties instead.
         */
        interface ISysctls extends tunnelscope.v1.Sysctls.$Properties {
        }

        /**
         * TCP/IP sysctls that explain window limits. Each field is absent when the agent
         * could not read it.
         */
        class Sysctls {

            /**
             * Constructs a new Sysctls.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.Sysctls.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** net.ipv4.tcp_rmem min, default, max (bytes). */
            tcpRmemMin?: (number|null);

            /** Sysctls tcpRmemDefault. */
            tcpRmemDefault?: (number|null);

            /** Sysctls tcpRmemMax. */
            tcpRmemMax?: (number|null);

            /** net.ipv4.tcp_wmem min, default, max (bytes). */
            tcpWmemMin?: (number|null);

            /** Sysctls tcpWmemDefault. */
            tcpWmemDefault?: (number|null);

            /** Sysctls tcpWmemMax. */
            tcpWmemMax?: (number|null);

            /** net.core.rmem_max, net.core.wmem_max (bytes). */
            rmemMax?: (number|null);

            /** Sysctls wmemMax. */
            wmemMax?: (number|null);

            /** net.ipv4.tcp_window_scaling (0/1). */
            tcpWindowScaling?: (number|null);

            /** net.ipv4.tcp_mtu_probing (0, 1, 2). */
            tcpMtuProbing?: (number|null);

            /** net.ipv4.tcp_sack (0/1). */
            tcpSack?: (number|null);

            /** net.core.netdev_max_backlog (packets). */
            netdevMaxBacklog?: (number|null);

            /** net.ipv4.ip_no_pmtu_disc (0..3). */
            ipNoPmtuDisc?: (number|null);

            /**
             * Creates a new Sysctls instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sysctls instance
             */
            static create(properties: tunnelscope.v1.Sysctls.$Shape): tunnelscope.v1.Sysctls & tunnelscope.v1.Sysctls.$Shape;
            static create(properties?: tunnelscope.v1.Sysctls.$Properties): tunnelscope.v1.Sysctls;

            /**
             * Encodes the specified Sysctls message. Does not implicitly {@link tunnelscope.v1.Sysctls.verify|verify} messages.
             * @param message Sysctls message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.Sysctls.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sysctls message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.Sysctls & tunnelscope.v1.Sysctls.$Shape} Sysctls
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.Sysctls & tunnelscope.v1.Sysctls.$Shape;

            /**
             * Verifies a Sysctls message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sysctls message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sysctls
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.Sysctls;

            /**
             * Creates a plain object from a Sysctls message. Also converts values to other types if specified.
             * @param message Sysctls
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.Sysctls, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sysctls to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sysctls
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sysctls {

            /** Properties of a Sysctls. */
            interface $Properties {

                /** net.ipv4.tcp_rmem min, default, max (bytes). */
                tcpRmemMin?: (number|null);

                /** Sysctls tcpRmemDefault */
                tcpRmemDefault?: (number|null);

                /** Sysctls tcpRmemMax */
                tcpRmemMax?: (number|null);

                /** net.ipv4.tcp_wmem min, default, max (bytes). */
                tcpWmemMin?: (number|null);

                /** Sysctls tcpWmemDefault */
                tcpWmemDefault?: (number|null);

                /** Sysctls tcpWmemMax */
                tcpWmemMax?: (number|null);

                /** net.core.rmem_max, net.core.wmem_max (bytes). */
                rmemMax?: (number|null);

                /** Sysctls wmemMax */
                wmemMax?: (number|null);

                /** net.ipv4.tcp_window_scaling (0/1). */
                tcpWindowScaling?: (number|null);

                /** net.ipv4.tcp_mtu_probing (0, 1, 2). */
                tcpMtuProbing?: (number|null);

                /** net.ipv4.tcp_sack (0/1). */
                tcpSack?: (number|null);

                /** net.core.netdev_max_backlog (packets). */
                netdevMaxBacklog?: (number|null);

                /** net.ipv4.ip_no_pmtu_disc (0..3). */
                ipNoPmtuDisc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sysctls. */
            type $Shape = tunnelscope.v1.Sysctls.$Properties;
        }

        /**
         * Properties of an InterfaceMtu.
         * @deprecated Use tunnelscope.v1.InterfaceMtu.$Properties instead.
         */
        interface IInterfaceMtu extends tunnelscope.v1.InterfaceMtu.$Properties {
        }

        /** An interface's MTU. */
        class InterfaceMtu {

            /**
             * Constructs a new InterfaceMtu.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.InterfaceMtu.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Interface name. */
            name: string;

            /** MTU in bytes. */
            mtu: number;

            /**
             * Creates a new InterfaceMtu instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InterfaceMtu instance
             */
            static create(properties: tunnelscope.v1.InterfaceMtu.$Shape): tunnelscope.v1.InterfaceMtu & tunnelscope.v1.InterfaceMtu.$Shape;
            static create(properties?: tunnelscope.v1.InterfaceMtu.$Properties): tunnelscope.v1.InterfaceMtu;

            /**
             * Encodes the specified InterfaceMtu message. Does not implicitly {@link tunnelscope.v1.InterfaceMtu.verify|verify} messages.
             * @param message InterfaceMtu message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.InterfaceMtu.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InterfaceMtu message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.InterfaceMtu & tunnelscope.v1.InterfaceMtu.$Shape} InterfaceMtu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.InterfaceMtu & tunnelscope.v1.InterfaceMtu.$Shape;

            /**
             * Verifies an InterfaceMtu message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InterfaceMtu message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InterfaceMtu
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.InterfaceMtu;

            /**
             * Creates a plain object from an InterfaceMtu message. Also converts values to other types if specified.
             * @param message InterfaceMtu
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.InterfaceMtu, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InterfaceMtu to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InterfaceMtu
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterfaceMtu {

            /** Properties of an InterfaceMtu. */
            interface $Properties {

                /** Interface name. */
                name?: (string|null);

                /** MTU in bytes. */
                mtu?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InterfaceMtu. */
            type $Shape = tunnelscope.v1.InterfaceMtu.$Properties;
        }

        /**
         * Properties of a HostCounters.
         * @deprecated Use tunnelscope.v1.HostCounters.$Properties instead.
         */
        interface IHostCounters extends tunnelscope.v1.HostCounters.$Properties {
        }

        /** Host counters over the interval. */
        class HostCounters {

            /**
             * Constructs a new HostCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.HostCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Counter deltas by name, "<collector>.<group>.<counter>", e.g.
             * "netstat.TcpExt.TCPRcvQDrop", "xfrm_stat.XfrmInStateSeqError",
             * "softirq.NET_RX.cpu0", "iface.eth0.rx_dropped". A counter that went backwards
             * (reset) reports its new value. Counters that did not change may be left out.
             */
            deltas: { [k: string]: (number|Long) };

            /** Sysctl values; sent in the first batch and whenever one changes. */
            sysctls?: (tunnelscope.v1.Sysctls.$Properties|null);

            /**
             * MTUs of the capture interfaces and the tunnel interface; sent in the first batch
             * and whenever one changes.
             */
            mtus: tunnelscope.v1.InterfaceMtu.$Properties[];

            /**
             * Creates a new HostCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostCounters instance
             */
            static create(properties: tunnelscope.v1.HostCounters.$Shape): tunnelscope.v1.HostCounters & tunnelscope.v1.HostCounters.$Shape;
            static create(properties?: tunnelscope.v1.HostCounters.$Properties): tunnelscope.v1.HostCounters;

            /**
             * Encodes the specified HostCounters message. Does not implicitly {@link tunnelscope.v1.HostCounters.verify|verify} messages.
             * @param message HostCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.HostCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.HostCounters & tunnelscope.v1.HostCounters.$Shape} HostCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.HostCounters & tunnelscope.v1.HostCounters.$Shape;

            /**
             * Verifies a HostCounters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HostCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostCounters
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.HostCounters;

            /**
             * Creates a plain object from a HostCounters message. Also converts values to other types if specified.
             * @param message HostCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.HostCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostCounters {

            /** Properties of a HostCounters. */
            interface $Properties {

                /**
                 * Counter deltas by name, "<collector>.<group>.<counter>", e.g.
                 * "netstat.TcpExt.TCPRcvQDrop", "xfrm_stat.XfrmInStateSeqError",
                 * "softirq.NET_RX.cpu0", "iface.eth0.rx_dropped". A counter that went backwards
                 * (reset) reports its new value. Counters that did not change may be left out.
                 */
                deltas?: ({ [k: string]: (number|Long) }|null);

                /** Sysctl values; sent in the first batch and whenever one changes. */
                sysctls?: (tunnelscope.v1.Sysctls.$Properties|null);

                /**
                 * MTUs of the capture interfaces and the tunnel interface; sent in the first batch
                 * and whenever one changes.
                 */
                mtus?: (tunnelscope.v1.InterfaceMtu.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostCounters. */
            type $Shape = tunnelscope.v1.HostCounters.$Properties;
        }

        /** What a digest describes. */
        enum DigestKind {

            /** DIGEST_KIND_UNSPECIFIED value */
            DIGEST_KIND_UNSPECIFIED = 0,

            /** A TCP segment (inner side); the tcp_* fields are set. */
            DIGEST_KIND_TCP = 1,

            /** An ESP packet (outer side); the esp_* fields are set. */
            DIGEST_KIND_ESP = 2,

            /**
             * An ICMP "fragmentation needed" (v4, type 3 code 4) or ICMPv6 "packet too big"
             * (type 2); the icmp_too_big field is set. Always digested, whatever the sampling
             * rate: they are rare and decide whether an MTU black hole is one.
             */
            DIGEST_KIND_ICMP_TOO_BIG = 3
        }

        /** Which way a packet crossed the interface it was captured on, seen from the gateway. */
        enum PacketDirection {

            /**
             * Not known (a capture link type without a packet type, e.g. Ethernet on one
             * interface, or a digest from an older agent).
             */
            PACKET_DIRECTION_UNSPECIFIED = 0,

            /** Sent by the gateway on that interface (Linux SLL/SLL2 packet type 4, "outgoing"). */
            PACKET_DIRECTION_OUTGOING = 1,

            /**
             * Received by the gateway on that interface (SLL/SLL2 packet types 0-3: to this
             * host, broadcast, multicast, another host).
             */
            PACKET_DIRECTION_INCOMING = 2
        }

        /**
         * Properties of an IcmpTooBig.
         * @deprecated Use tunnelscope.v1.IcmpTooBig.$Properties instead.
         */
        interface IIcmpTooBig extends tunnelscope.v1.IcmpTooBig.$Properties {
        }

        /** An ICMP too-big message (DIGEST_KIND_ICMP_TOO_BIG) and the header it quotes. */
        class IcmpTooBig {

            /**
             * Constructs a new IcmpTooBig.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.IcmpTooBig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Source address of the ICMP message (the router that could not forward), 4 or 16 bytes. */
            srcAddr: Uint8Array;

            /** Destination address of the ICMP message (the quoted packet's sender), 4 or 16 bytes. */
            dstAddr: Uint8Array;

            /** Next-hop MTU the message announces, in bytes (0 when the router left it out). */
            mtu: number;

            /** IP protocol of the quoted packet (6 TCP, 17 UDP, 50 ESP, ...); 0 when not quoted. */
            quotedProtocol: number;

            /** Quoted packet's source address, 4 or 16 bytes; empty when not quoted. */
            quotedSrcAddr: Uint8Array;

            /** Quoted packet's destination address, 4 or 16 bytes; empty when not quoted. */
            quotedDstAddr: Uint8Array;

            /** Quoted packet's source port (TCP/UDP); 0 when not quoted or no ports. */
            quotedSrcPort: number;

            /** Quoted packet's destination port; 0 when not quoted or no ports. */
            quotedDstPort: number;

            /**
             * Quoted packet's IP length (IPv4 total length, IPv6 40 + payload length): the size
             * that did not fit.
             */
            quotedLength: number;

            /**
             * Creates a new IcmpTooBig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IcmpTooBig instance
             */
            static create(properties: tunnelscope.v1.IcmpTooBig.$Shape): tunnelscope.v1.IcmpTooBig & tunnelscope.v1.IcmpTooBig.$Shape;
            static create(properties?: tunnelscope.v1.IcmpTooBig.$Properties): tunnelscope.v1.IcmpTooBig;

            /**
             * Encodes the specified IcmpTooBig message. Does not implicitly {@link tunnelscope.v1.IcmpTooBig.verify|verify} messages.
             * @param message IcmpTooBig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.IcmpTooBig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IcmpTooBig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.IcmpTooBig & tunnelscope.v1.IcmpTooBig.$Shape} IcmpTooBig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.IcmpTooBig & tunnelscope.v1.IcmpTooBig.$Shape;

            /**
             * Verifies an IcmpTooBig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IcmpTooBig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IcmpTooBig
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.IcmpTooBig;

            /**
             * Creates a plain object from an IcmpTooBig message. Also converts values to other types if specified.
             * @param message IcmpTooBig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.IcmpTooBig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IcmpTooBig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IcmpTooBig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IcmpTooBig {

            /** Properties of an IcmpTooBig. */
            interface $Properties {

                /** Source address of the ICMP message (the router that could not forward), 4 or 16 bytes. */
                srcAddr?: (Uint8Array|null);

                /** Destination address of the ICMP message (the quoted packet's sender), 4 or 16 bytes. */
                dstAddr?: (Uint8Array|null);

                /** Next-hop MTU the message announces, in bytes (0 when the router left it out). */
                mtu?: (number|null);

                /** IP protocol of the quoted packet (6 TCP, 17 UDP, 50 ESP, ...); 0 when not quoted. */
                quotedProtocol?: (number|null);

                /** Quoted packet's source address, 4 or 16 bytes; empty when not quoted. */
                quotedSrcAddr?: (Uint8Array|null);

                /** Quoted packet's destination address, 4 or 16 bytes; empty when not quoted. */
                quotedDstAddr?: (Uint8Array|null);

                /** Quoted packet's source port (TCP/UDP); 0 when not quoted or no ports. */
                quotedSrcPort?: (number|null);

                /** Quoted packet's destination port; 0 when not quoted or no ports. */
                quotedDstPort?: (number|null);

                /**
                 * Quoted packet's IP length (IPv4 total length, IPv6 40 + payload length): the size
                 * that did not fit.
                 */
                quotedLength?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IcmpTooBig. */
            type $Shape = tunnelscope.v1.IcmpTooBig.$Properties;
        }

        /**
         * Properties of a PacketDigest.
         * @deprecated Use tunnelscope.v1.PacketDigest.$Properties instead.
         */
        interface IPacketDigest extends tunnelscope.v1.PacketDigest.$Properties {
        }

        /**
         * Compact fingerprint of one captured packet for cross-tap matching (trajectory
         * sampling, DESIGN §3). Zero-valued fields cost nothing on the wire.
         */
        class PacketDigest {

            /**
             * Constructs a new PacketDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.PacketDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Where it was captured. */
            tap: tunnelscope.v1.Tap;

            /** Capture timestamp (Unix ns, agent clock). */
            timestampNs: (number|Long);

            /**
             * 64-bit hash of the fields that survive the path (TCP: addresses, ports, seq, ack,
             * IP id, payload length, flags; ESP: SPI, seq; ICMP too-big: addresses, IP id, MTU
             * and the quoted addresses, ports and length). Equal at every tap the packet crosses;
             * its upper 32 bits decide sampling (StartCapture.sampling_rate; ICMP too-big is
             * always digested).
             */
            hash: (number|Long);

            /** TCP, ESP or ICMP too-big. */
            kind: tunnelscope.v1.DigestKind;

            /**
             * 1-based index into SummaryBatch.flows (kind TCP) or SummaryBatch.sas (kind ESP)
             * of the same batch; 0 = not listed there (always for ICMP too-big).
             */
            ref: number;

            /** TCP sequence number. */
            tcpSeq: number;

            /** TCP acknowledgement number. */
            tcpAck: number;

            /** TCP payload length in bytes. */
            tcpLen: number;

            /** TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, ...). */
            tcpFlags: number;

            /** TCP window field as on the wire (unscaled). */
            tcpWindow: number;

            /** ESP SPI. */
            espSpi: number;

            /** ESP sequence number (32-bit wire value). */
            espSeq: number;

            /** IP total length (IPv4) or payload length + 40 (IPv6), in bytes. */
            ipLength: number;

            /** IPv4 identification field; 0 for IPv6. */
            ipId: number;

            /**
             * The capture interface the packet was seen on: the kernel ifindex of an SLL2
             * (`tcpdump -i any`) capture or the pcapng interface id, the number the decoder
             * gives as PacketView.iface. A capture of one interface whose link type carries no
             * number gets an agent-assigned id >= 0xffff0000, one per capture stream. Its role
             * is in SummaryBatch.interfaces. Absent from older agents: the coordinator then
             * infers the LAN and tunnel-device copies from the traffic.
             */
            interface?: (number|null);

            /** Sent or received by the gateway on `interface`; UNSPECIFIED when unknown. */
            direction: tunnelscope.v1.PacketDirection;

            /**
             * ESP length: bytes from the SPI to the end of the packet (the IP payload, or the
             * UDP payload when UDP-encapsulated); 0 = not sent (derive it from ip_length).
             */
            espLength: number;

            /** MSS option of a TCP SYN (bytes); 0 when the segment has none. */
            tcpMss: number;

            /** Window-scale option (shift count 0..14) of a TCP SYN; absent when it has none. */
            tcpWindowScale?: (number|null);

            /** A TCP SYN carrying the SACK-permitted option. */
            tcpSackPermitted: boolean;

            /** Kind ICMP_TOO_BIG: the message and its quote. */
            icmpTooBig?: (tunnelscope.v1.IcmpTooBig.$Properties|null);

            /**
             * Kind ESP: the digest hash of the cleartext packet this ESP packet carried (encrypting
             * side) or yielded (decrypting side), where the agent paired them; 0 = not paired.
             * Sampling below rate 1 selects an ESP digest when this inner hash is selected (as its
             * TCP digest is, on every tap) or its own (SPI, sequence) hash is; on the decrypting
             * side an ESP packet that yielded no cleartext is always digested (it died inside the
             * gateway), so the four taps sample the same packets.
             */
            innerHash: (number|Long);

            /**
             * Creates a new PacketDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PacketDigest instance
             */
            static create(properties: tunnelscope.v1.PacketDigest.$Shape): tunnelscope.v1.PacketDigest & tunnelscope.v1.PacketDigest.$Shape;
            static create(properties?: tunnelscope.v1.PacketDigest.$Properties): tunnelscope.v1.PacketDigest;

            /**
             * Encodes the specified PacketDigest message. Does not implicitly {@link tunnelscope.v1.PacketDigest.verify|verify} messages.
             * @param message PacketDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.PacketDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PacketDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.PacketDigest & tunnelscope.v1.PacketDigest.$Shape} PacketDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.PacketDigest & tunnelscope.v1.PacketDigest.$Shape;

            /**
             * Verifies a PacketDigest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PacketDigest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PacketDigest
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.PacketDigest;

            /**
             * Creates a plain object from a PacketDigest message. Also converts values to other types if specified.
             * @param message PacketDigest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.PacketDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PacketDigest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PacketDigest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PacketDigest {

            /** Properties of a PacketDigest. */
            interface $Properties {

                /** Where it was captured. */
                tap?: (tunnelscope.v1.Tap|null);

                /** Capture timestamp (Unix ns, agent clock). */
                timestampNs?: (number|Long|null);

                /**
                 * 64-bit hash of the fields that survive the path (TCP: addresses, ports, seq, ack,
                 * IP id, payload length, flags; ESP: SPI, seq; ICMP too-big: addresses, IP id, MTU
                 * and the quoted addresses, ports and length). Equal at every tap the packet crosses;
                 * its upper 32 bits decide sampling (StartCapture.sampling_rate; ICMP too-big is
                 * always digested).
                 */
                hash?: (number|Long|null);

                /** TCP, ESP or ICMP too-big. */
                kind?: (tunnelscope.v1.DigestKind|null);

                /**
                 * 1-based index into SummaryBatch.flows (kind TCP) or SummaryBatch.sas (kind ESP)
                 * of the same batch; 0 = not listed there (always for ICMP too-big).
                 */
                ref?: (number|null);

                /** TCP sequence number. */
                tcpSeq?: (number|null);

                /** TCP acknowledgement number. */
                tcpAck?: (number|null);

                /** TCP payload length in bytes. */
                tcpLen?: (number|null);

                /** TCP flags byte (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10, ...). */
                tcpFlags?: (number|null);

                /** TCP window field as on the wire (unscaled). */
                tcpWindow?: (number|null);

                /** ESP SPI. */
                espSpi?: (number|null);

                /** ESP sequence number (32-bit wire value). */
                espSeq?: (number|null);

                /** IP total length (IPv4) or payload length + 40 (IPv6), in bytes. */
                ipLength?: (number|null);

                /** IPv4 identification field; 0 for IPv6. */
                ipId?: (number|null);

                /**
                 * The capture interface the packet was seen on: the kernel ifindex of an SLL2
                 * (`tcpdump -i any`) capture or the pcapng interface id, the number the decoder
                 * gives as PacketView.iface. A capture of one interface whose link type carries no
                 * number gets an agent-assigned id >= 0xffff0000, one per capture stream. Its role
                 * is in SummaryBatch.interfaces. Absent from older agents: the coordinator then
                 * infers the LAN and tunnel-device copies from the traffic.
                 */
                "interface"?: (number|null);

                /** Sent or received by the gateway on `interface`; UNSPECIFIED when unknown. */
                direction?: (tunnelscope.v1.PacketDirection|null);

                /**
                 * ESP length: bytes from the SPI to the end of the packet (the IP payload, or the
                 * UDP payload when UDP-encapsulated); 0 = not sent (derive it from ip_length).
                 */
                espLength?: (number|null);

                /** MSS option of a TCP SYN (bytes); 0 when the segment has none. */
                tcpMss?: (number|null);

                /** Window-scale option (shift count 0..14) of a TCP SYN; absent when it has none. */
                tcpWindowScale?: (number|null);

                /** A TCP SYN carrying the SACK-permitted option. */
                tcpSackPermitted?: (boolean|null);

                /** Kind ICMP_TOO_BIG: the message and its quote. */
                icmpTooBig?: (tunnelscope.v1.IcmpTooBig.$Properties|null);

                /**
                 * Kind ESP: the digest hash of the cleartext packet this ESP packet carried (encrypting
                 * side) or yielded (decrypting side), where the agent paired them; 0 = not paired.
                 * Sampling below rate 1 selects an ESP digest when this inner hash is selected (as its
                 * TCP digest is, on every tap) or its own (SPI, sequence) hash is; on the decrypting
                 * side an ESP packet that yielded no cleartext is always digested (it died inside the
                 * gateway), so the four taps sample the same packets.
                 */
                innerHash?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PacketDigest. */
            type $Shape = tunnelscope.v1.PacketDigest.$Properties;
        }

        /**
         * Properties of a CaptureHealth.
         * @deprecated Use tunnelscope.v1.CaptureHealth.$Properties instead.
         */
        interface ICaptureHealth extends tunnelscope.v1.CaptureHealth.$Properties {
        }

        /** The capture's own health over the interval: what was not seen or not analysed. */
        class CaptureHealth {

            /**
             * Constructs a new CaptureHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: tunnelscope.v1.CaptureHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Packets the capture delivered. */
            packets: (number|Long);

            /** Packets the kernel dropped before the capture read them (pcap ps_drop). */
            kernelDrops: (number|Long);

            /** Packets the interface/driver dropped (pcap ps_ifdrop). */
            interfaceDrops: (number|Long);

            /** Packets cut by the snaplen inside a header needed for analysis. */
            truncated: (number|Long);

            /** Packets whose headers contradict themselves. */
            malformed: (number|Long);

            /** Packets of link types or protocols the decoder does not know. */
            unknown: (number|Long);

            /**
             * Flows evicted from the full flow table before their end (their counts are lost
             * from then on).
             */
            evictedFlows: (number|Long);

            /**
             * Batches the agent's spool dropped (NATS unreachable, spool full) since the
             * previous batch that was published.
             */
            spoolDrops: number;

            /** Digests left out because the batch would have exceeded the message size cap. */
            digestDrops: (number|Long);

            /**
             * Creates a new CaptureHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureHealth instance
             */
            static create(properties: tunnelscope.v1.CaptureHealth.$Shape): tunnelscope.v1.CaptureHealth & tunnelscope.v1.CaptureHealth.$Shape;
            static create(properties?: tunnelscope.v1.CaptureHealth.$Properties): tunnelscope.v1.CaptureHealth;

            /**
             * Encodes the specified CaptureHealth message. Does not implicitly {@link tunnelscope.v1.CaptureHealth.verify|verify} messages.
             * @param message CaptureHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tunnelscope.v1.CaptureHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tunnelscope.v1.CaptureHealth & tunnelscope.v1.CaptureHealth.$Shape} CaptureHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunnelscope.v1.CaptureHealth & tunnelscope.v1.CaptureHealth.$Shape;

            /**
             * Verifies a CaptureHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CaptureHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CaptureHealth
             */
            static fromObject(object: { [k: string]: any }): tunnelscope.v1.CaptureHealth;

            /**
             * Creates a plain object from a CaptureHealth message. Also converts values to other types if specified.
             * @param message CaptureHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tunnelscope.v1.CaptureHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CaptureHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CaptureHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CaptureHealth {

            /** Properties of a CaptureHealth. */
            interface $Properties {

                /** Packets the capture delivered. */
                packets?: (number|Long|null);

                /** Packets the kernel dropped before the capture read them (pcap ps_drop). */
                kernelDrops?: (number|Long|null);

                /** Packets the interface/driver dropped (pcap ps_ifdrop). */
                interfaceDrops?: (number|Long|null);

                /** Packets cut by the snaplen inside a header needed for analysis. */
                truncated?: (number|Long|null);

                /** Packets whose headers contradict themselves. */
                malformed?: (number|Long|null);

                /** Packets of link types or protocols the decoder does not know. */
                unknown?: (number|Long|null);

                /**
                 * Flows evicted from the full flow table before their end (their counts are lost
                 * from then on).
                 */
                evictedFlows?: (number|Long|null);

                /**
                 * Batches the agent's spool dropped (NATS unreachable, spool full) since the
                 * previous batch that was published.
                 */
                spoolDrops?: (number|null);

                /** Digests left out because the batch would have exceeded the message size cap. */
                digestDrops?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CaptureHealth. */
            type $Shape = tunnelscope.v1.CaptureHealth.$Properties;
        }
    }
}
