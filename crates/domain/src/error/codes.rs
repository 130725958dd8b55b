//! [`error_codes!`](crate::error_codes): one table row per failure, giving the stable code
//! (what the UI and scripts act on) and the Fluent id (what a person reads) together, so the
//! two cannot drift and the list of every id a locale must hold comes from the same rows.

/// Declares a closed list of error kinds, `Kind => ("code", "fluent-message-id")`, with
/// `ALL`, `code()` and `message_id()`. Several kinds may share a message id (a person does
/// not need to tell them apart); each has its own code.
#[macro_export]
macro_rules! error_codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => ($code:literal, $message:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every kind, in table order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable machine code.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code),+
                }
            }

            /// The Fluent id of the message a person reads.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $(Self::$variant => $message),+
                }
            }

            /// Every message id of the table, once each (the locale checks use it).
            pub fn all_message_ids() -> Vec<&'static str> {
                let mut ids: Vec<&'static str> = Self::ALL.iter().map(|k| k.message_id()).collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            }
        }
    };
}
