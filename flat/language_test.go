package flat

import "testing"

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council met on Tuesday and voted to approve the budget for the coming year after a long debate, and it was the first vote of the year.", "en"},
		{"O conselho se reuniu na terça-feira e votou para aprovar o orçamento para o próximo ano, com uma longa discussão que não terminou.", "pt"},
		{"El consejo se reunió el martes y votó para aprobar el presupuesto de los próximos años, con una larga discusión que es la primera.", "es"},
		{"Le conseil s'est réuni mardi et a voté pour approuver le budget de l'année prochaine, après un long débat qui est le premier dans la ville.", "fr"},
		{"Der Rat hat sich am Dienstag getroffen und den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte, die nicht einfach war.", "de"},
		{"先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。", "ja"},
		{"Short text.", ""},
	}
	for _, tc := range tests {
		if got := detectLanguage(tc.text); got != tc.want {
			t.Errorf("detectLanguage(%.30q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
